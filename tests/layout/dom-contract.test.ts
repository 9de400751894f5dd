/**
 * The ids and data attributes that pages and their client scripts share are written only in src/lib/dom-contract.ts:
 * every page, component, layout and client script uses the constants, so changing one there changes both sides.
 * tests/site/dom-contract.test.ts checks the other half on the built site: each id is in its page and in the script
 * that page loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CARD_FIELD, LIST_IDS, SEARCH_IDS, SEARCH_PARTS_ATTRIBUTE } from '../../src/lib/dom-contract.ts';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const CONTRACT = 'lib/dom-contract.ts';
const CODE = /\.(ts|mts|js|mjs|astro)$/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole id or attribute name: not part of a longer name (`list-count` is not in `list-counter`). */
const whole = (name: string) => new RegExp(`(?<![\\w-])${escape(name)}(?![\\w-])`);
/** `data-card` read through `dataset`: `dataset.card`, `dataset['card']`. */
const datasetKey = (attribute: string) => {
  const key = attribute.replace(/^data-/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return new RegExp(`\\bdataset(?:\\.${key}\\b|\\[\\s*['"\`]${key}['"\`]\\s*\\])`);
};

/** What may not be written outside the contract, each with what to use instead. */
const RULES: { pattern: RegExp; use: string }[] = [
  ...Object.entries(LIST_IDS).map(([key, id]) => ({ pattern: whole(id), use: `LIST_IDS.${key}` })),
  ...Object.entries(SEARCH_IDS)
    .filter(([key]) => key !== 'filterPrefix')
    .map(([key, id]) => ({ pattern: whole(id), use: `SEARCH_IDS.${key}` })),
  // A prefix: `search-filter-country`, `search-filter-${name}` and the bare prefix alike.
  { pattern: new RegExp(`(?<![\\w-])${escape(SEARCH_IDS.filterPrefix)}`), use: 'SEARCH_IDS.filterPrefix' },
  { pattern: whole(CARD_FIELD), use: 'CARD_FIELD' },
  { pattern: datasetKey(CARD_FIELD), use: 'CARD_FIELD' },
  { pattern: whole(SEARCH_PARTS_ATTRIBUTE), use: 'SEARCH_PARTS_ATTRIBUTE' },
  { pattern: datasetKey(SEARCH_PARTS_ATTRIBUTE), use: 'SEARCH_PARTS_ATTRIBUTE' },
];

/** `source` without comments, and without class names (a class may share an id's name: it is styling, not the contract). */
function strip(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/\bclass(?:Name)?\s*[:=]\s*(['"`])[^'"`]*\1/g, '');
}

/** `file:line: … (use X)` for each contract id or attribute written out in `source`. */
function hardCoded(file: string, source: string): string[] {
  return strip(source)
    .split('\n')
    .flatMap((line, i) =>
      RULES.filter((r) => r.pattern.test(line)).map((r) => `${file}:${i + 1}: ${line.trim()} (use ${r.use})`),
    );
}

describe('hardCoded', () => {
  // The samples are built from the constants, so they follow a change of an id.
  const { heading, results, count, more } = LIST_IDS;
  const { query, filterPrefix: prefix } = SEARCH_IDS;
  const key = CARD_FIELD.replace(/^data-/, '');

  test('finds ids written out in markup, selectors, DOM calls and templates', () => {
    const source = [
      `<h1 id="${heading}">All articles</h1>`,
      `const list = document.getElementById('${results}');`,
      `document.querySelector('#${count}');`,
      `<label for="${query}">Search</label>`,
      `const select = byId(\`${prefix}\${name}\`);`,
      `<select id='${prefix}topic'>`,
      `const prefix = '${prefix}';`,
    ].join('\n');
    expect(hardCoded('a.astro', source).map((f) => f.replace(/: .*\(/, ' ('))).toEqual([
      'a.astro:1 (use LIST_IDS.heading)',
      'a.astro:2 (use LIST_IDS.results)',
      'a.astro:3 (use LIST_IDS.count)',
      'a.astro:4 (use SEARCH_IDS.query)',
      'a.astro:5 (use SEARCH_IDS.filterPrefix)',
      'a.astro:6 (use SEARCH_IDS.filterPrefix)',
      'a.astro:7 (use SEARCH_IDS.filterPrefix)',
    ]);
  });

  test('finds the card attribute written out, as an attribute, a selector or a dataset key', () => {
    const source = [
      `<a ${CARD_FIELD}="title" href="#">`,
      `card.querySelectorAll('[${CARD_FIELD}]');`,
      `node.dataset.${key};`,
      `node.dataset['${key}'];`,
    ].join('\n');
    expect(hardCoded('a.ts', source)).toHaveLength(4);
  });

  test('accepts the constants, comments, class names and longer names', () => {
    const source = [
      '<h1 id={LIST_IDS.heading}>All articles</h1>',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source code to scan, not a template
      '<label for={`${SEARCH_IDS.filterPrefix}${name}`}>{label}</label>',
      `// waits until #${count} changes`,
      `/** The <ol id="${results}"> */`,
      `el('button', { id: LIST_IDS.more, class: '${more}' });`,
      `<span class="${prefix.replace(/-$/, '')} ${more}" hidden>`,
      `const url = 'https://example.org/${count}-page'; // ${count}er`,
      `<p id="${heading}s">`,
      `node.dataset.${key}inal;`,
    ].join('\n');
    expect(hardCoded('a.astro', source)).toEqual([]);
  });
});

describe('pages, components, layouts and client scripts', () => {
  // Every file of the site and its client code; src/cli/ holds the tools, which are not part of the site.
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => CODE.test(f) && f !== CONTRACT && !f.startsWith('cli/'))
    .sort();

  test('are all scanned, client scripts included', () => {
    expect(files.length).toBeGreaterThan(60);
    for (const file of ['pages/search.astro', 'components/ArticleCard.astro', 'components/country-filter.ts'])
      expect(files).toContain(file);
    expect(files.filter((f) => readFileSync(join(SRC, f), 'utf8').includes('dom-contract.ts')).length).toBeGreaterThan(
      4,
    );
  });

  test('write no shared id or data attribute out: they use the constants of src/lib/dom-contract.ts', () => {
    const found = files.flatMap((f) => hardCoded(`src/${f}`, readFileSync(join(SRC, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
