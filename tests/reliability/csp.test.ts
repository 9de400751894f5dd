/**
 * Content-Security-Policy on the real built site: every page carries a policy that allows only the site's own scripts
 * (by origin or by hash, never 'unsafe-inline'), public/_headers adds what a <meta> cannot, and in Chromium the pages
 * load, search and filter with no violation.
 */
import { SEARCH_IDS } from '../../src/lib/dom-contract.ts';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { listPages } from '../helpers/dist.ts';
import { launchBrowser } from '../../src/cli/shared/browser.ts';
import { ROOT } from './support/run.ts';
import { cspHash, cspMetasOf, parseHtml, parsePolicy, scriptsOf, stylesOf } from './support/html.ts';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');

describe('the CSP <meta> of every page', () => {
  test('allows no inline script or eval, and no plugins', async () => {
    const pages = await listPages(siteDir);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const metas = cspMetasOf(parseHtml(await readFile(join(siteDir, page), 'utf8')));
      expect(metas, page).toHaveLength(1);
      const policy = parsePolicy(metas[0] ?? '');
      const scripts = policy.get('script-src') ?? policy.get('default-src');
      expect(scripts, page).toBeDefined();
      expect(scripts, page).not.toContain("'unsafe-inline'");
      expect(scripts, page).not.toContain("'unsafe-eval'");
      expect(scripts, page).not.toContain('*');
      expect(policy.get('object-src'), page).toEqual(["'none'"]);
      expect(policy.get('style-src') ?? [], page).not.toContain("'unsafe-inline'");
    }
  });

  test('lists the sha256 hash of every inline script and style the page has', async () => {
    for (const page of await listPages(siteDir)) {
      const tree = parseHtml(await readFile(join(siteDir, page), 'utf8'));
      const policy = parsePolicy(cspMetasOf(tree)[0] ?? '');
      for (const script of scriptsOf(tree).filter((s) => s.src === undefined && s.type !== 'application/ld+json')) {
        expect(policy.get('script-src'), `${page}: ${script.text.slice(0, 80)}`).toContain(cspHash(script.text));
      }
      for (const style of stylesOf(tree)) expect(policy.get('style-src'), `${page}: <style>`).toContain(cspHash(style));
    }
  });
});

describe('public/_headers', () => {
  test('applies to every path and sets nosniff and a CSP with frame-ancestors', async () => {
    const text = await readFile(join(ROOT, 'public/_headers'), 'utf8');
    const blocks = text.split(/\n(?=\S)/).filter((b) => !b.startsWith('#'));
    const all = blocks.find((b) => b.split('\n')[0]?.trim() === '/*');
    expect(all).toBeDefined();
    const headers = new Map(
      (all ?? '')
        .split('\n')
        .slice(1)
        .filter((l) => /^\s+\S/.test(l))
        .map((l) => {
          const [name, ...value] = l.trim().split(':');
          return [(name ?? '').toLowerCase(), value.join(':').trim()] as const;
        }),
    );
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    const policy = parsePolicy(headers.get('content-security-policy') ?? '');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
    expect(await readFile(join(siteDir, '_headers'), 'utf8')).toBe(text);
  });
});

describe('the site in Chromium under its CSP', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A new page that records CSP violations, from console messages and from securitypolicyviolation events. */
  async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Refused to|Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(t: string): void }).reportViolation(
          `${e.violatedDirective} blocked ${e.blockedURI}`,
        ),
      );
    });
    return { page, violations };
  }

  test.each([
    '/',
    '/articles/',
    '/articles/jordan-presses-russia-to-end-recruitment-and-repatriate-dead-the-national/',
  ])('%s loads with no violation', async (path) => {
    const { page, violations } = await watchedPage();
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
    await page.close();
    expect(violations).toEqual([]);
  });

  test('/search/ runs Pagefind and shows results with no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${siteUrl}/search/?q=jordan`, { waitUntil: 'networkidle' });
    await page.waitForSelector(`#${SEARCH_IDS.results} li`);
    expect(await page.locator(`#${SEARCH_IDS.results} li`).count()).toBeGreaterThan(0);
    await page.close();
    expect(violations).toEqual([]);
  });

  test('/articles/ filters by country with no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${siteUrl}/articles/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('country-filter input[type="checkbox"]', { state: 'attached' });
    const before = await page.locator('#list-count').innerText();
    await page.locator('country-filter input[type="checkbox"][value="jo"]').check();
    await page.waitForFunction((old) => document.getElementById('list-count')?.textContent !== old, before);
    const after = await page.locator('#list-count').innerText();
    await page.close();
    expect(after).not.toBe(before);
    expect(after).toMatch(/^\d+ articles?$/);
    expect(violations).toEqual([]);
  });
});
