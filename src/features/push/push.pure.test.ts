import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chinaDayAndHour } from './digest';
import { afterAttempt, MAX_WEBHOOK_ATTEMPTS, webhookRetryDelayMs } from './retry';
import { signature, signatureHeader, verifySignature } from './signature';
import { isPrivateHost, webhookUrlProblem } from './webhookUrl';

describe('webhook signature: HMAC-SHA256 over "<timestamp>.<body>"', () => {
  const secret = 'whsec_test';
  const body = '{"event":"webhook.ping","中文":"需求"}';
  const t = 1_750_000_000;

  it('is HMAC-SHA256 (the primitive checked against RFC 4231 test case 2) over "<t>.<body>"', () => {
    // RFC 4231 §4.3: key "Jefe", data "what do ya want for nothing?".
    expect(createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    expect(signature(secret, t, body)).toBe(
      createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'),
    );
  });

  it.each([
    {
      name: 'the genuine header',
      header: () => signatureHeader(secret, t, body),
      b: body,
      now: t + 10,
      ok: true,
      reason: undefined,
    },
    {
      name: 'another body',
      header: () => signatureHeader(secret, t, body),
      b: `${body} `,
      now: t,
      ok: false,
      reason: 'mismatch',
    },
    {
      name: 'another secret',
      header: () => signatureHeader('whsec_other', t, body),
      b: body,
      now: t,
      ok: false,
      reason: 'mismatch',
    },
    {
      name: 'a replay 10 minutes later',
      header: () => signatureHeader(secret, t, body),
      b: body,
      now: t + 600,
      ok: false,
      reason: 'stale',
    },
    {
      name: 'a changed timestamp',
      header: () => signatureHeader(secret, t, body).replace(`t=${t}`, `t=${t + 1}`),
      b: body,
      now: t,
      ok: false,
      reason: 'mismatch',
    },
    { name: 'no header', header: () => undefined, b: body, now: t, ok: false, reason: 'malformed' },
    { name: 'garbage', header: () => 't=abc,v1=zz', b: body, now: t, ok: false, reason: 'malformed' },
  ])('$name → $ok', ({ header, b, now, ok, reason }) => {
    const r = verifySignature(secret, header(), b, now);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.reason).toBe(reason);
  });
});

describe('webhook retries', () => {
  it.each([
    [1, 200, 'delivered'],
    [1, 204, 'delivered'],
    [1, 500, 'retry'],
    [1, 503, 'retry'],
    [1, null, 'retry'],
    [1, 408, 'retry'],
    [1, 429, 'retry'],
    [1, 404, 'give-up'],
    [1, 401, 'give-up'],
    [1, 410, 'give-up'],
    [1, 301, 'retry'],
    [MAX_WEBHOOK_ATTEMPTS - 1, 500, 'retry'],
    [MAX_WEBHOOK_ATTEMPTS, 500, 'give-up'],
    [MAX_WEBHOOK_ATTEMPTS, 200, 'delivered'],
  ] as const)('attempt %i answered %s → %s', (attempts, status, kind) => {
    expect(afterAttempt(attempts, status).kind).toBe(kind);
  });

  it('backs off 30 s, 2 min, 8 min, 32 min, then caps at 6 h', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(webhookRetryDelayMs)).toEqual([
      30_000, 120_000, 480_000, 1_920_000, 7_680_000, 21_600_000, 21_600_000,
    ]);
  });
});

describe('webhook URLs', () => {
  it.each([
    ['https://hooks.example.cn/zhuanhua', false, null],
    ['http://hooks.example.cn:8080/x', false, null],
    ['ftp://hooks.example.cn/', false, /http/],
    ['https://user:pw@hooks.example.cn/', false, /用户名/],
    ['not a url', false, /有效/],
    ['http://127.0.0.1:9000/', false, /内网/],
    ['http://localhost/', false, /内网/],
    ['http://10.1.2.3/', false, /内网/],
    ['http://172.20.0.1/', false, /内网/],
    ['http://192.168.1.10/', false, /内网/],
    ['http://169.254.169.254/latest/meta-data', false, /内网/],
    ['http://[::1]/', false, /内网/],
    ['http://[::ffff:127.0.0.1]/', false, /内网/],
    ['http://127.0.0.1:9000/', true, null],
    ['http://172.32.0.1/', false, null],
  ] as const)('%s (private allowed: %s)', (url, allow, problem) => {
    const p = webhookUrlProblem(url, allow);
    if (problem === null) expect(p).toBeNull();
    else expect(p?.zh).toMatch(problem);
  });

  it.each([
    ['8.8.8.8', false],
    ['100.64.0.1', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['2001:db8::1', false],
  ])('%s private: %s', (host, yes) => {
    expect(isPrivateHost(host)).toBe(yes);
  });
});

describe('the digest day is the China Standard Time calendar day', () => {
  it.each([
    ['2025-06-01T00:00:00Z', '2025-06-01', 8],
    ['2025-05-31T23:59:59Z', '2025-06-01', 7],
    ['2025-05-31T15:59:59Z', '2025-05-31', 23],
    ['2025-05-31T16:00:00Z', '2025-06-01', 0],
  ])('%s → %s %i h', (iso, day, hour) => {
    expect(chinaDayAndHour(new Date(iso))).toEqual({ day, hour });
  });
});
