/**
 * Errors as RFC 9457 `application/problem+json`. Every user-facing text exists in Chinese and English;
 * the error mapper picks one by `Accept-Language` (Chinese first).
 */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface FieldError {
  /** JSON path of the offending field, e.g. `body.term.years` or `query.pageSize`. */
  path: string;
  message: Bilingual;
}

export class HttpProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: Bilingual;
  readonly detail: Bilingual | undefined;
  readonly errors: FieldError[];
  /** Extra members of the problem object (e.g. `article` for legal refusals). */
  readonly extensions: Record<string, unknown>;

  constructor(init: {
    status: number;
    type?: string;
    title: Bilingual;
    detail?: Bilingual;
    errors?: FieldError[];
    extensions?: Record<string, unknown>;
  }) {
    super(init.detail?.en ?? init.title.en);
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.extensions = init.extensions ?? {};
  }
}

export const problem = {
  badRequest: (detail: Bilingual, errors: FieldError[] = []) =>
    new HttpProblem({ status: 400, title: { zh: '请求有误', en: 'Bad request' }, detail, errors }),
  notFound: (detail: Bilingual) =>
    new HttpProblem({ status: 404, title: { zh: '未找到', en: 'Not found' }, detail }),
  conflict: (detail: Bilingual, extensions?: Record<string, unknown>) =>
    new HttpProblem({ status: 409, title: { zh: '冲突', en: 'Conflict' }, detail, extensions }),
  unprocessable: (detail: Bilingual, errors: FieldError[] = [], extensions?: Record<string, unknown>) =>
    new HttpProblem({
      status: 422,
      title: { zh: '无法处理的请求', en: 'Unprocessable request' },
      detail,
      errors,
      extensions,
    }),
  forbidden: (detail: Bilingual) =>
    new HttpProblem({ status: 403, title: { zh: '无权操作', en: 'Forbidden' }, detail }),
  unauthorized: (detail: Bilingual) =>
    new HttpProblem({ status: 401, title: { zh: '需要登录', en: 'Authentication required' }, detail }),
  tooLarge: (detail: Bilingual) =>
    new HttpProblem({ status: 413, title: { zh: '请求体过大', en: 'Payload too large' }, detail }),
  unavailable: (detail: Bilingual) =>
    new HttpProblem({ status: 503, title: { zh: '服务暂不可用', en: 'Service unavailable' }, detail }),
};

export type Language = 'zh' | 'en';

/** Chinese unless the client prefers English. */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'zh';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag.startsWith('zh') || x.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'zh';
}

/** The language of a request: an explicit `lang` query parameter wins over `Accept-Language`. */
export function requestLanguage(request: { headers: Record<string, unknown>; query?: unknown }): Language {
  const q = request.query as { lang?: unknown } | undefined;
  if (q?.lang === 'en' || q?.lang === 'zh') return q.lang;
  const header = request.headers['accept-language'];
  return preferredLanguage(typeof header === 'string' ? header : undefined);
}
