import { describe, expect, it } from 'vitest';
import { canonicalJson, checkLink, GENESIS_HASH, type Json, rowHash, toStoredJson } from './chain';

const row = (seq: number, after: Json = { a: 1 }) => ({
  seq,
  at: new Date('2025-06-01T02:00:00.123Z'),
  actorKind: 'user' as const,
  actorUserId: 7,
  actorOrganisationId: 3,
  actorLabel: 'li@example.test',
  via: 'session' as const,
  credentialId: 11,
  ip: '10.0.0.1',
  requestId: 'req-1',
  action: 'patent.update',
  objectType: 'patent',
  objectId: '42',
  before: null,
  after,
});

describe('canonical JSON', () => {
  it.each<[string, Json, string]>([
    [
      'sorts keys at every depth',
      { b: 1, a: { d: [3, { f: 1, e: 2 }], c: null } },
      '{"a":{"c":null,"d":[3,{"e":2,"f":1}]},"b":1}',
    ],
    ['keeps Chinese text as is', { 名称: '郑州大学' }, '{"名称":"郑州大学"}'],
    ['writes numbers the JSON way', [0.1, 1e21, -0, 12], '[0.1,1e+21,0,12]'],
  ])('%s', (_name, value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });
});

describe('values as a jsonb column returns them', () => {
  it.each<[string, unknown, Json]>([
    [
      'dates become ISO strings',
      { at: new Date('2025-01-02T03:04:05.000Z') },
      { at: '2025-01-02T03:04:05.000Z' },
    ],
    ['undefined members vanish', { a: undefined, b: 1 }, { b: 1 }],
    ['bigints become strings', { n: 12345678901234567890n }, { n: '12345678901234567890' }],
    [
      'NUL and lone surrogates, refused by jsonb, become U+FFFD',
      { s: 'a\u0000b\ud800c' },
      { s: 'a\uFFFDb\uFFFDc' },
    ],
    ['undefined is null', undefined, null],
  ])('%s', (_name, input, stored) => {
    expect(toStoredJson(input)).toEqual(stored);
  });
});

describe('hash chain links', () => {
  const first = { ...row(1), prevHash: GENESIS_HASH, hash: rowHash(GENESIS_HASH, row(1)) };
  const second = { ...row(2), prevHash: first.hash, hash: rowHash(first.hash, row(2)) };

  it('accepts an intact chain', () => {
    expect(checkLink(null, first)).toBeNull();
    expect(checkLink(first, second)).toBeNull();
  });
  it('detects a changed field', () => {
    expect(checkLink(first, { ...second, after: { a: 2 } })).toEqual({ seq: 2, reason: 'HASH_MISMATCH' });
    expect(checkLink(first, { ...second, at: new Date('2025-06-01T02:00:00.124Z') })?.reason).toBe(
      'HASH_MISMATCH',
    );
  });
  it('detects a removed row', () => {
    expect(checkLink(null, second)).toEqual({ seq: 2, reason: 'SEQUENCE_GAP', expectedSeq: 1 });
  });
  it('detects a row re-hashed after an edit through its successor', () => {
    const forged = {
      ...first,
      after: { a: 9 } as Json,
      hash: rowHash(GENESIS_HASH, { ...row(1), after: { a: 9 } }),
    };
    expect(checkLink(null, forged)).toBeNull();
    expect(checkLink(forged, second)).toEqual({ seq: 2, reason: 'PREVIOUS_HASH_MISMATCH' });
  });
});
