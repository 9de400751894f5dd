/**
 * `npm run audit`: Lighthouse on the built site (home, one article, one country page; in en, ar and ne) with
 * Debian's Chromium.
 * Builds first when dist/ is missing, serves dist/ on 127.0.0.1, and prints the four category scores of each page
 * with its first paint and total blocking time. It serves the pages gzipped, as a reader's host does.
 * A measurement, not a test: it exits 0 whatever the scores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM, CHROMIUM_FLAGS } from './shared/browser.ts';
import { serveDir } from './shared/serve.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, process.env['OUT_DIR'] ?? 'dist');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const AUDITED_LOCALES = ['ar', 'ne'] as const;

/** The first link matching `prefix` on a built page after `after` (e.g. the newest article on /articles/). */
async function firstLink(page: string, prefix: RegExp, after = '<main'): Promise<string> {
  const full = await readFile(join(dist, page), 'utf8');
  const html = full.slice(Math.max(0, full.indexOf(after)));
  const href = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '').find((h) => prefix.test(h));
  if (!href) throw new Error(`no link matching ${prefix} in ${page}`);
  return href;
}

/** One page's scores (0–100) and the audits that cost it points, worst first. */
interface PageScores {
  path: string;
  scores: Record<string, number>;
  /** First contentful paint and total blocking time in milliseconds, as Lighthouse simulates a mobile reader. */
  paint: number;
  blocking: number;
  failing: string[];
}

/** Whether fontconfig knows a font for `lang` (true when fc-list is not there to ask). */
function hasFont(lang: string): boolean {
  const listed = spawnSync('fc-list', [`:lang=${lang}`], { encoding: 'utf8' });
  return listed.error !== undefined || listed.stdout.trim() !== '';
}

async function audit(url: string, path: string, port: number): Promise<PageScores> {
  const result = await lighthouse(`${url}${path}`, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`lighthouse returned nothing for ${path}`);
  const { lhr } = result;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => `${c}: ${ref.id} (${Math.round((lhr.audits[ref.id]?.score ?? 0) * 100)})`),
  );
  const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0);
  return { path, scores, paint: ms('first-contentful-paint'), blocking: ms('total-blocking-time'), failing };
}

const USAGE = `usage: npm run audit [-- <path>...]

Runs Lighthouse with Debian's Chromium (CHROMIUM_PATH) on the built home page, an article and a country page, in
English, Arabic and Nepali, and prints the four category scores of each with its first paint and blocking time.
It serves the pages gzipped, as hosts do. Builds first when dist/ (or OUT_DIR) has no site. Exits 0 whatever the
scores.

  <path>      audit only these site paths (e.g. /ne/countries/np/) instead of the nine pages
  -h, --help  show this help`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) return void console.log(USAGE);
  if (!existsSync(join(dist, 'index.html'))) {
    process.stderr.write(`audit: ${dist} has no site; building it first\n`);
    const built = spawnSync(process.execPath, ['src/cli/build.ts'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('the build failed');
  }
  const english = [
    '/',
    await firstLink('articles/index.html', /^\/articles\/(?!page\/)[^/]+\/$/),
    await firstLink('countries/index.html', /^\/countries\/[a-z]{2}\/$/, '<tbody'),
  ];
  // The same three pages in the right-to-left locale and in the Devanagari one (issue 24's budgets).
  const paths =
    positionals.length > 0
      ? positionals
      : [...english, ...AUDITED_LOCALES.flatMap((locale) => english.map((path) => `/${locale}${path}`))];
  // Gzipped, as a reader's host sends it: Lighthouse weighs the bytes it receives.
  const server = await serveDir(dist, { compress: true });
  if (paths.some((path) => path.startsWith('/ne/')) && !hasFont('ne'))
    process.stderr.write(
      'audit: warning: no Devanagari font on this machine (fc-list :lang=ne); Nepali pages are measured with their ' +
        'letters missing. Install one: apt-get install fonts-deva\n',
    );
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  const results: PageScores[] = [];
  try {
    for (const path of paths) {
      process.stderr.write(`audit: ${path}\n`);
      results.push(await audit(server.url, path, chrome.port));
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const lines = [
    '| page | performance | accessibility | best-practices | seo | first paint ms | blocking ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results)
    lines.push(`| ${r.path} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${r.paint} | ${r.blocking} |`);
  process.stdout.write(`${lines.join('\n')}\n`);
  const failing = results.flatMap((r) => r.failing.map((f) => `- ${r.path} ${f}`));
  if (failing.length > 0) process.stdout.write(`\nAudits scoring under 90:\n${failing.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(`audit failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
