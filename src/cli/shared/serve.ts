/**
 * A minimal static file server for a built site: directories serve index.html, unknown paths serve 404.html. With
 * `compress`, text is sent gzipped to a browser that accepts it, as the static hosts a reader meets do (GitHub Pages,
 * Netlify, Cloudflare Pages), so that `npm run audit` weighs what a reader downloads.
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** A running server; `url` has no trailing slash. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function resolveFile(dir: string, pathname: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dir, safe);
  if (!candidate.startsWith(dir)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

/** Content types a host compresses: text, not the already compressed images and search index. */
const COMPRESSED = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/** Options of `serveDir`. */
export interface ServeOptions {
  /** Gzip text for a client that sends `Accept-Encoding: gzip` (default false: the bytes as written). */
  compress?: boolean;
}

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function serveDir(dir: string, { compress = false }: ServeOptions = {}): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(dir, pathname);
    const target = file ?? join(dir, '404.html');
    const body = await readFile(target).catch(() => Buffer.from('Not found'));
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const gzip = compress && COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const headers = { 'Content-Type': type, Vary: 'Accept-Encoding', ...(gzip && { 'Content-Encoding': 'gzip' }) };
    res.writeHead(file ? 200 : 404, headers);
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}
