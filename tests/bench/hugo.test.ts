/** The Hugo reference's site (src/cli/bench/hugo.ts): the same articles, with country codes Hugo reads as strings. */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findHugo, hugoArgs, quoteCountries, writeHugoSite } from '../../src/cli/bench/hugo.ts';

const ARTICLE = '---\ntitle: "Norway"\ncountries: [NO, NP]\ntopics: [deaths]\n---\n\nBody with countries: [XX].\n';

describe('quoteCountries', () => {
  test("quotes the frontmatter's country codes, which Hugo's YAML would read as booleans", () => {
    expect(quoteCountries(ARTICLE)).toBe(ARTICLE.replace('countries: [NO, NP]', 'countries: ["NO", "NP"]'));
  });

  test('keeps an empty list empty', () => {
    expect(quoteCountries('---\ncountries: []\n---\n')).toBe('---\ncountries: []\n---\n');
  });
});

describe('writeHugoSite', () => {
  test('writes a config with a countries taxonomy, the templates and every article', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'frm-hugo-test-'));
    try {
      await mkdir(join(dir, 'articles', '2024'), { recursive: true });
      await writeFile(join(dir, 'articles', '2024', 'one.md'), ARTICLE);
      await writeHugoSite(join(dir, 'articles'), join(dir, 'site'));
      expect(await readFile(join(dir, 'site', 'hugo.yaml'), 'utf8')).toContain('country: countries');
      expect(await readFile(join(dir, 'site', 'layouts', '_default', 'single.html'), 'utf8')).toContain('.Content');
      const copied = await readFile(join(dir, 'site', 'content', 'articles', '2024', 'one.md'), 'utf8');
      expect(copied).toContain('countries: ["NO", "NP"]');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('hugoArgs', () => {
  test('builds the site into its own destination with its own, new cache', () => {
    expect(hugoArgs('/s', '/o', '/c')).toEqual([
      '--source',
      '/s',
      '--destination',
      '/o',
      '--cacheDir',
      '/c',
      '--quiet',
    ]);
  });
});

describe("the real hugo (Debian's package; npm test installs it first)", () => {
  test('builds the reference site: one page per article and one per country', async () => {
    const hugo = findHugo();
    expect(hugo, 'hugo is not on the PATH: apt-get install hugo').toBeDefined();
    const dir = await mkdtemp(join(tmpdir(), 'frm-hugo-real-'));
    try {
      await mkdir(join(dir, 'articles', '2024'), { recursive: true });
      await writeFile(join(dir, 'articles', '2024', 'one.md'), ARTICLE);
      await writeFile(join(dir, 'articles', '2024', 'two.md'), ARTICLE.replace('Norway', 'Nepal'));
      await writeHugoSite(join(dir, 'articles'), join(dir, 'site'));
      const [out, cache] = [join(dir, 'public'), join(dir, 'cache')];
      execFileSync(hugo as string, hugoArgs(join(dir, 'site'), out, cache), { stdio: 'pipe' });
      expect(existsSync(join(out, 'articles', '2024', 'one', 'index.html'))).toBe(true);
      expect(existsSync(join(out, 'countries', 'np', 'index.html'))).toBe(true);
      expect(existsSync(join(out, 'countries', 'no', 'index.html'))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
