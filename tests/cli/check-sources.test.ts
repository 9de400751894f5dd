/**
 * `npm run check-sources` against a server of the test's own on 127.0.0.1 (never the internet): 200, 301, 302, 404,
 * 410, a redirect to the home page, a 503 that recovers on retry, and a request that never answers.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runNode, tempDir, type RunResult } from '../reliability/support/run.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/check-sources');
let server: Server;
let tmp: string;
let run: RunResult;
const requests: string[] = [];
let flaky = 0;

/** The test server: each path answers as its name says; /slow never answers. */
function answer(path: string): { status: number; location?: string } | undefined {
  const routes: Record<string, { status: number; location?: string }> = {
    '/': { status: 200 },
    '/ok': { status: 200 },
    '/archive': { status: 200 },
    '/new-home': { status: 200 },
    '/moved': { status: 301, location: '/new-home' },
    '/temporary': { status: 302, location: '/ok' },
    '/to-home': { status: 301, location: '/' },
    '/missing': { status: 404 },
    '/gone': { status: 410 },
    '/gone-copy': { status: 410 },
  };
  if (path === '/flaky') return { status: ++flaky === 1 ? 503 : 200 };
  return path === '/slow' ? undefined : (routes[path] ?? { status: 404 });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(`${req.headers.host ?? ''}${req.url ?? ''}`);
    const a = answer(req.url ?? '/');
    if (!a) return;
    res.writeHead(a.status, a.location ? { location: a.location } : {}).end('fixture');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  tmp = await tempDir('check-sources');
  await cp(FIXTURE, tmp, { recursive: true });
  const dir = join(tmp, 'articles/2025');
  for (const file of await readdir(dir)) {
    await writeFile(join(dir, file), (await readFile(join(dir, file), 'utf8')).replaceAll(':PORT/', `:${port}/`));
  }
  run = await runNode(['src/cli/check-sources.ts', tmp, '--timeout', '0.5', '--retries', '1', '--concurrency', '4']);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await rm(tmp, { recursive: true, force: true });
});

describe('npm run check-sources', () => {
  const at = (name: string, line: number, field = 'source.url') =>
    `${tmp}/articles/2025/${name}.md:${line}: ${field}: `;

  test('reports dead links, moved pages and redirects as path:line: field: message, and exits 1', () => {
    const port = (server.address() as AddressInfo).port;
    const findings = run.stdout.split('\n').filter((l) => l.includes('.md:') && !l.includes('source.archived'));
    const gone = 'dead link: 410 Gone: the page was removed; cite the archived copy or find the report again';
    expect(findings).toEqual([
      `${at('gone', 6)}${gone}`,
      `${at('gone', 14, 'copies.0.url')}${gone}`,
      `${at('moved-permanently', 6)}moved permanently (301) to http://127.0.0.1:${port}/new-home: cite the new URL`,
      `${at('moved-to-home-page', 6)}moved: redirects to the home page http://127.0.0.1:${port}/; ` +
        'the report may have been removed',
      `${at('not-found', 6)}dead link: 404 Not Found; cite the archived copy or find the report again`,
      `${at('temporary-redirect', 6)}redirects (302) to http://127.0.0.1:${port}/ok`,
      `${at('times-out', 6)}no answer within 0.5 s (2 tries)`,
    ]);
    expect(run.code, run.output).toBe(1);
  });

  test('retries a 503 and reports nothing when the second try answers 200', () => {
    expect(run.stdout).not.toContain('flaky-then-200.md:6');
    expect(requests.filter((r) => r.endsWith('/flaky'))).toHaveLength(2);
  });

  test('lists the articles that have no archived copy, at their source: line', () => {
    expect(run.stdout).toContain('\n2 articles have no source.archived:\n');
    expect(run.stdout).toContain(
      `${at('flaky-then-200', 4, 'source.archived')}missing: add an archived copy of the report\n`,
    );
    expect(run.stdout).toContain(
      `${at('moved-to-home-page', 4, 'source.archived')}missing: add an archived copy of the report\n`,
    );
  });

  test('ends with a count, prints progress on stderr, and only ever asked 127.0.0.1', () => {
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^9 URLs checked in \d+\.\d s: 4 dead, 2 moved, 1 to look at; 2 without an archived copy$/,
    );
    expect(run.stderr).toMatch(/^check-sources: checking 9 URLs, 4 at a time\n/);
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) expect(r).toMatch(/^127\.0\.0\.1:\d+\//);
  });
});
