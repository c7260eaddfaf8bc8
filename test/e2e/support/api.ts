/**
 * A signed-in API client for browser-test set-up (Node's fetch, no browser): session cookie and CSRF header
 * on writes, JSON in and out, and a loud failure when the server answers otherwise than expected.
 */
export interface ApiSession {
  call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    expect?: number,
  ): Promise<T>;
  headers: Record<string, string>;
}

export async function apiSignIn(base: string, email: string, password: string): Promise<ApiSession> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = cookies.find((c) => c.startsWith('zh_csrf='))?.slice('zh_csrf='.length) ?? '';
  const headers = { cookie: cookies.join('; '), 'x-csrf-token': csrf };
  return {
    headers,
    async call<T>(method: string, path: string, body?: unknown, expect?: number): Promise<T> {
      const r = await fetch(`${base}/api/v1${path}`, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.text();
      const wanted = expect ?? (method === 'GET' ? 200 : undefined);
      if (wanted !== undefined ? r.status !== wanted : r.status >= 400)
        throw new Error(`${method} ${path}: ${r.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}

/** The newest reset or invitation link e-mailed to `to`, read from the outbox by a platform administrator. */
export async function mailedLink(admin: ApiSession, to: string): Promise<string> {
  const box = await admin.call<{ items: { to: string; text: string }[] }>(
    'GET',
    '/admin/outbox?pageSize=100',
  );
  const mail = box.items.find((m) => m.to === to);
  const link = mail?.text.match(/https?:\/\/\S+\/reset-password#token=\S+/)?.[0];
  if (!link) throw new Error(`no link e-mailed to ${to}`);
  return link;
}
