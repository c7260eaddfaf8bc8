import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type Bilingual, type FieldError, HttpProblem, preferredLanguage } from './problem';
import { type IssueLike, issueMessage } from './validationMessages';

const CONTEXT_PATH: Record<string, string> = {
  querystring: 'query',
  body: 'body',
  params: 'params',
  headers: 'headers',
};

/** Maps anything thrown in a request to a problem; unexpected errors become a 500 without internals. */
export function toProblem(err: unknown): HttpProblem {
  if (err instanceof HttpProblem) return err;
  // `throw 'text'` or `throw null` from a dependency: nothing to read, and the checks below need an object.
  if (typeof err !== 'object' || err === null) return internal();
  if (hasZodFastifySchemaValidationErrors(err)) {
    const context = CONTEXT_PATH[err.validationContext ?? ''] ?? err.validationContext ?? 'request';
    const errors: FieldError[] = err.validation.map((v) => {
      // fastify-type-provider-zod 7 spreads the zod issue into `params` and keeps code, path and message apart.
      const issue: IssueLike = {
        ...(v.params as Partial<IssueLike>),
        code: v.keyword,
        message: v.message ?? '',
        path: v.instancePath.split('/').filter(Boolean),
      };
      return { path: [context, ...issue.path.map(String)].join('.'), message: issueMessage(issue) };
    });
    return new HttpProblem({
      status: 400,
      type: 'urn:zhuanhua:problem:validation',
      title: { zh: '请求参数校验未通过', en: 'Request validation failed' },
      detail: {
        zh: errors.map((e) => `${e.path}：${e.message.zh}`).join('；'),
        en: errors.map((e) => `${e.path}: ${e.message.en}`).join('; '),
      },
      errors,
    });
  }
  if (isResponseSerializationError(err)) return internal();
  const fe = err as Partial<FastifyError>;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) return new HttpProblem({ status, title: clientTitle(status, fe) });
  return internal();
}

function internal(): HttpProblem {
  return new HttpProblem({
    status: 500,
    title: { zh: '服务器内部错误', en: 'Internal server error' },
    detail: {
      zh: '请求未能完成，已记录日志。',
      en: 'The request could not be completed; it has been logged.',
    },
  });
}

function clientTitle(status: number, fe: Partial<FastifyError>): Bilingual {
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return { zh: '请求体或上传文件过大', en: 'Request body or uploaded file too large' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { zh: '不支持的内容类型', en: 'Unsupported content type' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { zh: '请求体为空', en: 'Empty JSON body' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { zh: 'JSON 格式错误', en: 'Malformed JSON body' };
  }
  if (status === 429) return { zh: '请求过于频繁，请稍后再试', en: 'Too many requests, try again later' };
  if (status === 404) return { zh: '未找到', en: 'Not found' };
  if (status === 405) return { zh: '不支持的请求方法', en: 'Method not allowed' };
  if (status === 413) return { zh: '请求体过大', en: 'Payload too large' };
  if (status === 415) return { zh: '不支持的内容类型', en: 'Unsupported content type' };
  if (status === 400 && typeof fe.message === 'string' && /json/i.test(fe.message))
    return { zh: 'JSON 格式错误', en: 'Malformed JSON body' };
  return { zh: '请求有误', en: 'Bad request' };
}

const DEFAULT_CODE: Record<number, string> = { 401: 'SIGN_IN_REQUIRED', 403: 'FORBIDDEN' };

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: HttpProblem) {
  const lang = preferredLanguage(request.headers['accept-language']);
  const body: Record<string, unknown> = {
    type: problem.type,
    title: problem.title[lang],
    status: problem.status,
    ...(problem.detail ? { detail: problem.detail[lang] } : {}),
    instance: request.url,
    requestId: request.id,
    ...(problem.errors.length
      ? { errors: problem.errors.map((e) => ({ path: e.path, message: e.message[lang] })) }
      : {}),
    // Every refusal names a machine-readable code; features that throw a bare 401/403 get the generic one.
    ...(DEFAULT_CODE[problem.status] ? { code: DEFAULT_CODE[problem.status] } : {}),
    ...problem.extensions,
  };
  return reply
    .code(problem.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .serializer((payload: unknown) => JSON.stringify(payload))
    .send(body);
}

export function errorHandler(err: unknown, request: FastifyRequest, reply: FastifyReply) {
  let p: HttpProblem;
  try {
    p = toProblem(err);
  } catch (mapping) {
    // Never let the mapper's own failure reach Fastify's default handler (it would echo the message).
    request.log.error({ err, mapping }, 'error mapping failed');
    p = internal();
  }
  if (p.status >= 500) request.log.error({ err }, 'request failed');
  else request.log.info({ status: p.status, code: (err as Partial<FastifyError>).code }, 'request refused');
  return sendProblem(request, reply, p);
}
