/**
 * The one way the web app talks to the platform API: same-origin cookies, the CSRF token on writes,
 * the user's language in Accept-Language, and RFC 9457 problem+json errors turned into {@link ApiError}.
 */

export interface FieldProblem {
  /** Path of the offending field as the server names it, e.g. `body.trl` or `query.pageSize`. */
  path: string;
  message: string;
}

/** A refused or failed request. `detail` and `errors` are in the language the request asked for. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[];
  /** The whole problem object, for extension members such as `code` and `article`. */
  readonly problem: Readonly<Record<string, unknown>>;

  constructor(init: {
    status: number;
    type?: string;
    title: string;
    detail?: string | undefined;
    errors?: FieldProblem[];
    problem?: Record<string, unknown>;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.problem = init.problem ?? {};
  }

  /** True for network failures (no HTTP response at all). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number>;
export type Query = Record<string, QueryValue>;

export interface RequestOptions {
  query?: Query;
  /** JSON-serialised unless it is FormData (multipart upload). */
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

let acceptLanguage = 'zh-CN,zh;q=0.9,en;q=0.5';

/** Called by the language switch so problems come back in the language the user reads. */
export function setApiLanguage(lang: 'zh' | 'en'): void {
  acceptLanguage = lang === 'en' ? 'en,zh-CN;q=0.5' : 'zh-CN,zh;q=0.9,en;q=0.5';
}

/** Query string with repeated keys for arrays (`type=invention&type=design`); empty values are left out. */
export function toQueryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const v of value) if (v !== '') params.append(key, String(v));
    } else {
      params.append(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The CSRF token the server set in the `zh_csrf` cookie, if any. */
export function csrfToken(
  cookie: string = typeof document === 'undefined' ? '' : document.cookie,
): string | null {
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === 'zh_csrf') {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'accept-language': acceptLanguage,
    ...options.headers,
  };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (!SAFE_METHODS.has(method)) {
    const token = csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(path + toQueryString(options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: err instanceof Error ? err.message : String(err),
    });
  }
  if (!response.ok) throw await problemFrom(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) return (await response.json()) as T;
  return (await response.text()) as T;
}

/** Turns an error response into an ApiError, whether or not the server sent problem+json. */
export async function problemFrom(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? '';
  let parsed: unknown;
  if (type.includes('json')) {
    try {
      parsed = await response.json();
    } catch {
      parsed = undefined;
    }
  }
  return problemFromBody(response.status, response.statusText, parsed);
}

export function problemFromBody(status: number, statusText: string, parsed: unknown): ApiError {
  if (!isRecord(parsed)) return new ApiError({ status, title: statusText || `HTTP ${status}` });
  const errors: FieldProblem[] = Array.isArray(parsed.errors)
    ? parsed.errors.filter(isRecord).map((e) => ({
        path: typeof e.path === 'string' ? e.path : Array.isArray(e.path) ? e.path.join('.') : '',
        message: typeof e.message === 'string' ? e.message : String(e.message ?? ''),
      }))
    : [];
  return new ApiError({
    status: typeof parsed.status === 'number' ? parsed.status : status,
    type: typeof parsed.type === 'string' ? parsed.type : undefined,
    title: typeof parsed.title === 'string' ? parsed.title : statusText || `HTTP ${status}`,
    detail: typeof parsed.detail === 'string' ? parsed.detail : undefined,
    errors,
    problem: parsed,
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Maps server field paths to form field names: `body.industryCodes.0` → `['industryCodes', 0]`.
 * The leading location segment (body/query/params) is dropped.
 */
export function formFieldPath(path: string): (string | number)[] {
  const parts = path.split('.').filter(Boolean);
  if (parts[0] === 'body' || parts[0] === 'query' || parts[0] === 'params') parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};

/** Record ids: opaque to the client (the server sends integers); compare them with {@link sameId}. */
export type Id = string | number;

/** Whether a record id from the server is the one in the address bar. */
export function sameId(a: Id | undefined, b: Id | undefined): boolean {
  return a !== undefined && b !== undefined && String(a) === String(b);
}

/** `{ total, page, pageSize, items }`, the shape of every list endpoint. */
export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}
