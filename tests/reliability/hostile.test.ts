/**
 * Hostile Markdown never goes live: every body in tests/fixtures/hostile/bodies/ has valid frontmatter and a body
 * that would put script, a frame or a script URL on the page. The validator refuses each, naming the file and "(body)",
 * and a build of them fails before Astro runs. Astro renders with satteri (GFM), not remark, so a property test also
 * checks that whatever the validator accepts renders to HTML with no raw HTML, no image and no unsafe URL.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFile, readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { markdownToHast } from 'satteri';
import { checkBody } from '../../src/content-files/validate/body.ts';
import { formatProblem, validateContent, type ValidationResult } from '../../src/content-files/validate/index.ts';
import { ROOT, buildSite, copyContent, tempDir, type RunResult } from './support/run.ts';

const BODIES = resolve(ROOT, 'tests/fixtures/hostile/bodies');
let tmp: string;
let content: string;
let hostile: string[];
let result: ValidationResult;
let build: RunResult;

beforeAll(async () => {
  tmp = await tempDir('hostile');
  content = await copyContent(join(tmp, 'content'));
  hostile = (await readdir(BODIES)).filter((f) => f.endsWith('.md')).sort();
  for (const file of hostile) await copyFile(join(BODIES, file), join(content, 'articles/undated', file));
  result = await validateContent(content, { label: 'content', now: new Date('2026-06-01T12:00:00Z') });
  build = await buildSite(content, join(tmp, 'site'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the validator on hostile bodies', () => {
  test('has a fixture for every case in the brief and every parser difference found', () => {
    expect(hostile).toEqual(
      expect.arrayContaining([
        'raw-script.md',
        'iframe.md',
        'object.md',
        'onerror-attribute.md',
        'javascript-link.md',
        'data-link.md',
        'javascript-image.md',
        'javascript-autolink.md',
        'reference-definition-html.md',
        'footnote-title-html.md',
        'footnote-indented-html.md',
        'autolink-escape-html.md',
      ]),
    );
  });

  test('refuses each one with an error on the field "(body)" naming the file', () => {
    for (const file of hostile) {
      const path = `content/articles/undated/${file}`;
      const errors = result.problems.filter((p) => p.file === path && p.severity === 'error');
      expect(errors.length, file).toBeGreaterThan(0);
      for (const error of errors) {
        expect(error.field, file).toBe('(body)');
        expect(error.message, file).toMatch(/raw HTML is not allowed|link ".*" is not allowed|images are not allowed/);
        expect(formatProblem(error)).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}:\\d+: \\(body\\): `));
      }
    }
  });

  test('refuses nothing else: the fixture content around them is valid', () => {
    const others = result.problems.filter(
      (p) => p.severity === 'error' && !hostile.some((f) => p.file.endsWith(`/${f}`)),
    );
    expect(others).toEqual([]);
  });
});

describe('a build of hostile bodies', () => {
  test('exits 1, stops Astro before it finishes, lists every hostile file and publishes nothing', async () => {
    expect(build.code).toBe(1);
    expect(build.output).toMatch(/content is invalid/);
    expect(build.output).not.toMatch(/build: astro build done/);
    for (const file of hostile) expect(build.output).toContain(`articles/undated/${file}:`);
    await expect(stat(join(tmp, 'site'))).rejects.toThrow();
  });
});

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** True when a browser would read a scheme other than http(s) or mailto from the URL (relative URLs have none). */
function hasUnsafeScheme(url: string): boolean {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    /* keep the raw URL */
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(decoded.replace(/[\u0000-\u0020]/g, ''));
  return scheme !== null && !['http', 'https', 'mailto'].includes((scheme[1] ?? '').toLowerCase());
}

/** The first thing in a rendered tree that the validator should have refused. */
function unsafeNode(node: HastNode): string | undefined {
  if (node.type === 'raw') return `raw HTML ${JSON.stringify(node.value)}`;
  if (node.type === 'element' && node.tagName === 'img') return 'an image';
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    if ((name === 'href' || name === 'src') && typeof value === 'string' && hasUnsafeScheme(value))
      return `${name}=${value}`;
  }
  for (const child of node.children ?? []) {
    const found = unsafeNode(child);
    if (found) return found;
  }
  return undefined;
}

// Pieces that build HTML, links, footnotes, definitions, code, escapes and GFM autolinks in many combinations.
const PIECES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</foo>',
  '<b>',
  '<',
  '>',
  '[^1]',
  '[^1]: ',
  '[r]: ',
  '[x][r]',
  '[x](',
  '](',
  'javascript:alert(1)',
  'data:text/html,x',
  'https://example.org',
  'www.example.org',
  '/ok',
  '#top',
  '"',
  "'",
  '(',
  ')',
  '[',
  ']',
  ':',
  '!',
  '\\',
  '&#106;',
  '&lt;',
  '`',
  '```',
  '    ',
  '\t',
  ' ',
  '\n',
  '\n\n',
  '|',
  '|---|',
  '---',
  '- ',
  '1. ',
  '> ',
  '- [ ] ',
  '*',
  '_',
  '~~',
  '<!--',
  '-->',
  '<http://x.org>',
  'text',
];

describe('checkBody against the renderer Astro uses', () => {
  test('every body it accepts renders with no raw HTML, image or unsafe URL', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 }), (parts) => {
        const body = `Intro.\n\n${parts.join('')}`;
        if (checkBody(body).length > 0) return;
        const tree = markdownToHast(body, {
          features: { gfm: true, smartPunctuation: true },
          position: false,
        }) as HastNode;
        expect(unsafeNode(tree), JSON.stringify(body)).toBeUndefined();
      }),
      { numRuns: 4000 },
    );
  });
});
