import { describe, expect, inject, test } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { attr, byTag, elements, loadPages, textOf, type Page } from './support.ts';

const siteDir = inject('siteDir');

/** Where the site's own bundled scripts live. */
const SCRIPT_DIRS = ['/_astro/', '/pagefind/'];
/** Elements that embed other documents or plugins. */
const EMBEDDING = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet'];
/** CSP sources that would let injected or third-party code run. */
const LOOSE_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:'];
/** Attributes holding URLs. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'srcset'];

/** The page's Content-Security-Policy <meta>, if any. */
function csp(page: Page): string | undefined {
  const el = byTag(page.doc, 'meta').find((m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  return el ? attr(el, 'content') : undefined;
}

/** A URL scheme as a browser reads it: control characters and whitespace dropped, lower case. */
const scheme = (url: string) =>
  /^([a-z][a-z0-9+.-]*):/.exec(url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase())?.[1];

/** Every problem on every page, found by `check`. */
async function findAll(check: (page: Page) => string[]): Promise<string[]> {
  return (await loadPages(siteDir)).flatMap((page) => check(page).map((problem) => `${page.file}: ${problem}`));
}

describe('scripts', () => {
  test('every <script> is JSON-LD, a file of the site bundle, or an inline module whose hash the CSP allows', async () => {
    expect(
      (await loadPages(siteDir)).flatMap((p) => byTag(p.doc, 'script')).length,
      'the site has scripts to check',
    ).toBeGreaterThan(0);
    const problems = await findAll((page) =>
      byTag(page.doc, 'script').flatMap((script) => {
        const type = attr(script, 'type');
        const src = attr(script, 'src');
        if (type === 'application/ld+json' && src === undefined) {
          try {
            JSON.parse(textOf(script));
            return [];
          } catch {
            return ['a JSON-LD block that does not parse'];
          }
        }
        if (src !== undefined) {
          const ok = SCRIPT_DIRS.some((dir) => src.startsWith(dir)) && existsSync(join(siteDir, src));
          return ok && textOf(script).trim() === '' ? [] : [`<script src="${src}"> outside the site bundle`];
        }
        const hash = `'sha256-${createHash('sha256').update(textOf(script)).digest('base64')}'`;
        return type === 'module' && (csp(page) ?? '').includes(hash)
          ? []
          : [`an inline <script type="${type ?? ''}"> not allowed by the page's CSP`];
      }),
    );
    expect(problems).toEqual([]);
  });

  test('every page has a Content-Security-Policy that allows no inline code or plugins', async () => {
    const problems = await findAll((page) => {
      const policy = csp(page);
      if (!policy) return ['no Content-Security-Policy <meta>'];
      const loose = policy.split(/[\s;]+/).filter((token) => LOOSE_SOURCES.includes(token));
      return [
        ...loose.map((token) => `a loose source: ${token}`),
        ...(/object-src 'none'/.test(policy) ? [] : ["no object-src 'none'"]),
      ];
    });
    expect(problems).toEqual([]);
  });
});

describe('markup', () => {
  test('no page embeds frames, objects or plugins', async () => {
    expect(
      await findAll((page) =>
        elements(page.doc)
          .filter((e) => EMBEDDING.includes(e.tagName))
          .map((e) => `<${e.tagName}>`),
      ),
    ).toEqual([]);
  });

  test('no element has an inline event handler (on*=)', async () => {
    expect(
      await findAll((page) =>
        elements(page.doc).flatMap((e) =>
          e.attrs.filter((a) => /^on/i.test(a.name)).map((a) => `<${e.tagName} ${a.name}>`),
        ),
      ),
    ).toEqual([]);
  });

  test('no href, src or other URL attribute uses javascript:, vbscript: or data:', async () => {
    const problems = await findAll((page) =>
      elements(page.doc).flatMap((e) =>
        e.attrs
          .filter(
            (a) =>
              URL_ATTRIBUTES.includes(a.name) && ['javascript', 'vbscript', 'data'].includes(scheme(a.value) ?? ''),
          )
          .map((a) => `<${e.tagName} ${a.name}="${a.value.slice(0, 40)}">`),
      ),
    );
    expect(problems).toEqual([]);
  });

  test('no page sets a <base> that would redirect its relative URLs', async () => {
    expect(await findAll((page) => byTag(page.doc, 'base').map(() => '<base>'))).toEqual([]);
  });
});

describe('scheme', () => {
  test('sees through the tricks browsers forgive', () => {
    expect(scheme(' jav\tascript:alert(1)')).toBe('javascript');
    expect(scheme('DATA:text/html,x')).toBe('data');
    expect(scheme('/articles/')).toBeUndefined();
  });
});
