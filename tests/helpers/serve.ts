// The one static file server of the tests, for built sites (dist/, dist-base/ …) on a free 127.0.0.1 port.
// `base` maps a URL prefix to the folder (e.g. `/llm-ft/` -> dist-base/), as a host would.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** The site's root URL, ending in the base path (`http://127.0.0.1:PORT/llm-ft/`). */
  url: string;
  origin: string;
  /** The Node server itself. */
  server: Server;
  close(): Promise<void>;
}

function resolveFile(root: string, pathname: string): string | undefined {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const file = join(root, clean);
  if (!file.startsWith(root + sep) && file !== root) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  if (pathname.endsWith('/') && existsSync(index)) return index;
  return undefined;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = pathname.startsWith(base) ? resolveFile(root, pathname.slice(base.length - 1)) : undefined;
    if (!file) {
      // A directory without its trailing slash redirects, as static hosts do.
      const dir = pathname.startsWith(base) ? resolveFile(root, `${pathname.slice(base.length - 1)}/`) : undefined;
      if (dir) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    server,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

/** `serveStatic` at `/` in the shape older browser tests expect (the Node server and the origin). */
export async function serveDir(dir: string): Promise<{ server: Server; url: string }> {
  const { server, origin } = await serveStatic(resolve(dir));
  return { server, url: origin };
}
