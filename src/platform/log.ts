import pino, { type Logger } from 'pino';

/** Structured JSON logs (pino) on stderr; request ids come from Fastify. */
export function createLogger(level: string, name = 'zhuanhua'): Logger {
  return pino(
    { name, level, redact: ['req.headers.cookie', 'req.headers.authorization', '*.password'] },
    pino.destination(2),
  );
}
