/**
 * Each test file is in the Vitest project that what it uses calls for (tests/vitest.config.ts): a file that drives
 * Chromium or reads the server's URL is in `browser`; one that reads the shared build, or runs builds or
 * `astro check` of its own, is in `site` or `browser`; everything else is in `unit`, which needs no build.
 */
import { globSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import config from '../vitest.config.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** This file quotes the patterns it looks for, so it is left out of the scan. */
const SELF = relative(ROOT, import.meta.filename);

/** The part of an inline project's config that selects its files. */
interface ProjectFiles {
  test?: { name?: string; include?: string[]; exclude?: string[] };
}

const projects = (config.test?.projects ?? []) as ProjectFiles[];
const members = new Map(
  projects.map((p) => [
    p.test?.name ?? '',
    new Set(globSync(p.test?.include ?? [], { cwd: ROOT, exclude: p.test?.exclude ?? [] })),
  ]),
);
const files = globSync('tests/**/*.test.ts', { cwd: ROOT, exclude: ['**/node_modules/**'] }).sort();
const projectsOf = (file: string): string[] => [...members].filter(([, set]) => set.has(file)).map(([name]) => name);
const source = new Map(files.map((f) => [f, readFileSync(resolve(ROOT, f), 'utf8')]));

/** What a test file uses that decides its project. */
function usesOf(text: string): { chromium: boolean; siteUrl: boolean; siteDir: boolean; builds: boolean } {
  return {
    chromium: /\blaunchBrowser\(|\bchromium\.launch\(/.test(text),
    siteUrl: /\binject\(\s*['"]siteUrl['"]\s*\)/.test(text),
    siteDir: /\binject\(\s*['"]siteDir['"]\s*\)/.test(text),
    builds: /\b(buildSite|astroBuild)\(|astro\.mjs['"],\s*['"]check['"]/.test(text),
  };
}

describe('the Vitest projects', () => {
  test('are unit, site and browser', () => {
    expect([...members.keys()]).toEqual(['unit', 'site', 'browser']);
  });

  test('hold every test file exactly once', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(
      files.filter((f) => projectsOf(f).length !== 1).map((f) => `${f}: ${projectsOf(f).join(', ') || 'none'}`),
    ).toEqual([]);
  });

  test('put each file where what it uses calls for', () => {
    const wrong: string[] = [];
    for (const file of files.filter((f) => f !== SELF)) {
      const uses = usesOf(source.get(file) ?? '');
      const [project] = projectsOf(file);
      if ((uses.chromium || uses.siteUrl) && project !== 'browser')
        wrong.push(`${file} drives Chromium: browser, not ${project}`);
      else if ((uses.siteDir || uses.builds) && project === 'unit')
        wrong.push(`${file} needs a built site: site, not unit`);
    }
    expect(wrong).toEqual([]);
  });

  test('recognise what files use (the check above has something to check)', () => {
    const all = files.map((f) => usesOf(source.get(f) ?? ''));
    expect(all.filter((u) => u.chromium).length).toBeGreaterThan(5);
    expect(all.filter((u) => u.siteUrl).length).toBeGreaterThan(3);
    expect(all.filter((u) => u.siteDir).length).toBeGreaterThan(10);
    expect(all.filter((u) => u.builds).length).toBeGreaterThan(3);
    expect(usesOf("const siteUrl = inject('siteUrl');\nbrowser = await launchBrowser();")).toMatchObject({
      chromium: true,
      siteUrl: true,
    });
  });
});
