/** The static server of `npm run audit`, the bench and the browser tests: gzip only when asked and accepted. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDir, type StaticServer } from '../../src/cli/shared/serve.ts';

/** The raw response: status, headers and the bytes as sent (no decoding, unlike fetch). */
function get(
  url: string,
  encoding?: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = request(url, { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const HTML = `<!doctype html><title>Nepal</title>${'<p>नेपाल</p>'.repeat(200)}`;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
let dir: string;
let plain: StaticServer;
let gzipped: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'frm-serve-'));
  await writeFile(join(dir, 'index.html'), HTML);
  await writeFile(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
  await writeFile(join(dir, 'map.png'), PNG);
  plain = await serveDir(dir);
  gzipped = await serveDir(dir, { compress: true });
});
afterAll(async () => {
  await Promise.all([plain.close(), gzipped.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('serveDir', () => {
  test('sends the bytes as written by default, even to a client that accepts gzip', async () => {
    const res = await get(`${plain.url}/`, 'gzip, deflate, br');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString('utf8')).toBe(HTML);
  });

  test('with compress, gzips HTML for a client that accepts it, and the bytes unzip to the file', async () => {
    const res = await get(`${gzipped.url}/`, 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.body.length).toBeLessThan(Buffer.byteLength(HTML) / 4);
    expect(gunzipSync(res.body).toString('utf8')).toBe(HTML);
  });

  test('with compress, sends plain bytes to a client that does not accept gzip, and never gzips images', async () => {
    const bare = await get(`${gzipped.url}/`);
    expect(bare.headers['content-encoding']).toBeUndefined();
    expect(bare.body.toString('utf8')).toBe(HTML);
    const image = await get(`${gzipped.url}/map.png`, 'gzip');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.equals(PNG)).toBe(true);
  });

  test('with compress, the 404 page is gzipped too and keeps its status', async () => {
    const res = await get(`${gzipped.url}/no/such/page/`, 'gzip');
    expect(res.status).toBe(404);
    expect(gunzipSync(res.body).toString('utf8')).toContain('Not found');
  });
});
