import { randomUUID } from 'node:crypto';
import fastifyEtag from '@fastify/etag';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { errorHandler, sendProblem } from './errorHandler';
import { HttpProblem } from './problem';

export type HttpServer = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** One registered route, as Fastify's onRoute hook saw it (prefixes included). */
export interface RegisteredRoute {
  method: string;
  url: string;
  /** The route's `config` (e.g. `csrfExempt`). */
  config: Record<string, unknown>;
}

const ROUTES = new WeakMap<object, RegisteredRoute[]>();

/**
 * Every route registered on `app` (and its child plugins) so far, one entry per method. The permission-matrix
 * test walks the write routes of the real application with it, so a new route cannot go unchecked.
 */
export function registeredRoutes(app: object): readonly RegisteredRoute[] {
  return ROUTES.get(app) ?? [];
}

export interface HttpServerOptions {
  logger: FastifyServerOptions['logger'];
  /** JSON body limit in bytes (uploads have their own limit). */
  bodyLimit?: number;
  trustProxy?: boolean;
  version: string;
}

/**
 * A Fastify instance with the platform's cross-cutting concerns: zod validation and OpenAPI 3 docs,
 * problem+json errors, ETags on reads, security headers, request ids. Features add their routes.
 */
export async function createHttpServer(options: HttpServerOptions): Promise<HttpServer> {
  const app = Fastify({
    logger: options.logger,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  const routes: RegisteredRoute[] = [];
  ROUTES.set(app, routes);
  app.addHook('onRoute', (route) => {
    for (const method of Array.isArray(route.method) ? route.method : [route.method])
      routes.push({
        method: String(method).toUpperCase(),
        url: route.url,
        config: (route.config ?? {}) as Record<string, unknown>,
      });
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      new HttpProblem({
        status: 404,
        title: { zh: '未找到', en: 'Not found' },
        detail: {
          zh: `没有 ${request.method} ${request.url}`,
          en: `No route ${request.method} ${request.url}`,
        },
      }),
    ),
  );
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: false,
  });
  await app.register(fastifyEtag, { weak: true });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Zhuanhua 专利转化运用服务平台 API',
        description:
          'REST API of the patent transformation and licensing platform. Errors are application/problem+json ' +
          '(RFC 9457) with `errors[].path` naming the offending field. Reads carry ETags.',
        version: options.version,
      },
      servers: [],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'zh_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  return app as unknown as HttpServer;
}
