import fs from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HttpServer } from './httpServer';

export interface WebAppOptions {
  /** The Vite build output (`web/dist`). */
  distDir: string;
}

/** Hashed file names under assets/ never change content: cache them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, favicon) is revalidated on each use (ETag / Last-Modified). */
const REVALIDATE = 'no-cache';

/** Paths that are files, never app routes: a miss is a 404, not the app's index.html. */
const FILE_LIKE =
  /^\/assets\/|\.(?:js|mjs|css|map|png|jpe?g|gif|svg|ico|webp|avif|woff2?|ttf|json|txt|webmanifest|xml)$/i;

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/**
 * Serves the built web app from the same Fastify process as the API: hashed assets with a long immutable
 * cache, `index.html` revalidated on every load, and the app's index for any other GET path so client-side
 * routes survive a reload. Unknown `/api/*` paths keep the problem+json 404. Pre-compressed `.br`/`.gz`
 * siblings written by the build are sent when the browser accepts them. If the app has not been built, pages
 * answer 503 with the command that builds it; the API keeps working.
 *
 * Registered in its own encapsulated context so its `reply.sendFile` decorator cannot clash with another
 * plugin's.
 */
export async function registerWebApp(app: HttpServer, { distDir }: WebAppOptions): Promise<void> {
  const root = path.resolve(distDir);
  const assetsDir = `${path.join(root, 'assets')}${path.sep}`;

  await app.register(async (web) => {
    await web.register(fastifyStatic, {
      root,
      serve: false,
      decorateReply: true,
      preCompressed: true,
      cacheControl: false,
      index: false,
      dotfiles: 'ignore',
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', filePath.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
      },
    });

    web.get('/*', { schema: { hide: true } }, async (request: FastifyRequest, reply: FastifyReply) => {
      const pathname = pathOf(request.url);
      if (isApiPath(pathname)) return reply.callNotFound();
      if (!(await isFile(path.join(root, 'index.html')))) return notBuilt(reply, root);

      const relative = pathname.replace(/^\/+/, '');
      const target = path.resolve(root, relative);
      if (relative && target.startsWith(`${root}${path.sep}`) && (await isFile(target))) {
        return reply.sendFile(path.relative(root, target));
      }
      if (FILE_LIKE.test(pathname)) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  });
}

function pathOf(url: string): string {
  const raw = url.split(/[?#]/, 1)[0] ?? '/';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

function notBuilt(reply: FastifyReply, root: string) {
  const html = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>网页界面尚未构建 · Web app not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.6">
<main>
<h1>网页界面尚未构建</h1>
<p>服务器正在运行，API 可用（<a href="/api/docs">API 文档</a>），但没有找到网页界面的构建结果 <code>${escapeHtml(root)}</code>。</p>
<p>请在项目目录运行 <code>npm run build:web</code> 后刷新本页；<code>npm start</code> 会在启动前自动构建。</p>
<h2 lang="en">The web app has not been built</h2>
<p lang="en">The server is running and the API works (<a href="/api/docs">API docs</a>), but the web app build was not found at <code>${escapeHtml(root)}</code>.
Run <code>npm run build:web</code> in the project directory, then reload this page; <code>npm start</code> builds it automatically before starting.</p>
</main>
</body>
</html>`;
  return reply
    .code(503)
    .header('cache-control', 'no-store')
    .header('retry-after', '30')
    .type('text/html; charset=utf-8')
    .send(html);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
