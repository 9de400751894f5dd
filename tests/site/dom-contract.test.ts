/**
 * On the built site, each id and data attribute of src/lib/dom-contract.ts is in the page that uses it and in the
 * script that page loads: both come from the one constant (tests/layout/dom-contract.test.ts checks that nothing
 * writes them out), so a change there changes the page and its script together.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { CARD_FIELD, CARD_PARTS, LIST_IDS, SEARCH_FILTERS, SEARCH_IDS } from '../../src/lib/dom-contract.ts';
import { articlesPath, searchPath } from '../../src/lib/paths.ts';
import { pathOfPage, readPage } from '../helpers/dist.ts';
import { attr, elements, pageScripts, parseHtml, type Page } from './support.ts';

const siteDir = inject('siteDir');

/** A page's part of the contract. */
interface Use {
  page: string;
  /** Ids on the page that its script reads. */
  ids: string[];
  /** Ids on the page made of a prefix and a name: the script holds the prefix. */
  prefixed: { prefix: string; names: string[] }[];
  /** Ids only the script creates: in the script, not in the page. */
  created: string[];
  /** Data attributes on the page, with the values the script looks for. */
  attributes: { name: string; values: string[] }[];
}

const USES: Use[] = [
  {
    page: articlesPath(),
    ids: [LIST_IDS.results, LIST_IDS.heading, LIST_IDS.count, LIST_IDS.cardTemplate],
    prefixed: [],
    created: [LIST_IDS.more],
    attributes: [{ name: CARD_FIELD, values: Object.values(CARD_PARTS) }],
  },
  {
    page: searchPath(),
    ids: [SEARCH_IDS.form, SEARCH_IDS.query, SEARCH_IDS.sort, SEARCH_IDS.status, SEARCH_IDS.results],
    prefixed: [{ prefix: SEARCH_IDS.filterPrefix, names: Object.keys(SEARCH_FILTERS) }],
    created: [],
    attributes: [],
  },
];

async function pageAt(path: string): Promise<Page> {
  const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
  const html = await readPage(siteDir, path);
  return { file, path: pathOfPage(file), html, doc: parseHtml(html) };
}

/** The code of every script file `page` loads, its imports included. */
async function scriptCode(page: Page): Promise<string> {
  const { files } = await pageScripts(siteDir, page);
  expect(files.length, `${page.path} loads a script`).toBeGreaterThan(0);
  return (await Promise.all(files.map((f) => readFile(join(siteDir, f), 'utf8')))).join('\n');
}

/** True when `code` holds `text` as a whole string literal, in any quotes a bundler may print. */
const hasString = (code: string, text: string) => ["'", '"', '`'].some((q) => code.includes(`${q}${text}${q}`));

describe('the page–script contract', () => {
  test('covers every id and data attribute the constants module declares', () => {
    const covered = USES.flatMap((u) => [
      ...u.ids,
      ...u.prefixed.map((p) => p.prefix),
      ...u.created,
      ...u.attributes.map((a) => a.name),
    ]);
    const declared = [...Object.values(LIST_IDS), ...Object.values(SEARCH_IDS), CARD_FIELD];
    expect(covered.sort()).toEqual(declared.sort());
  });

  for (const use of USES) {
    describe(use.page, () => {
      test('has an element with each of its ids, and none with an id its script creates', async () => {
        const ids = new Set(elements((await pageAt(use.page)).doc).map((e) => attr(e, 'id')));
        const wanted = [...use.ids, ...use.prefixed.flatMap((p) => p.names.map((name) => `${p.prefix}${name}`))];
        expect(wanted.length).toBeGreaterThan(0);
        expect(wanted.filter((id) => !ids.has(id))).toEqual([]);
        expect(use.created.filter((id) => ids.has(id))).toEqual([]);
      });

      test('has each data attribute with each of its values', async () => {
        const page = await pageAt(use.page);
        for (const { name, values } of use.attributes) {
          const found = new Set(elements(page.doc).map((e) => attr(e, name)));
          expect(
            values.filter((v) => !found.has(v)),
            name,
          ).toEqual([]);
        }
      });

      test('loads a script that holds each id, prefix, attribute and value as a string', async () => {
        const code = await scriptCode(await pageAt(use.page));
        const strings = [
          ...use.ids,
          ...use.prefixed.map((p) => p.prefix),
          ...use.created,
          ...use.attributes.flatMap((a) => [a.name, ...a.values]),
        ];
        expect(strings.filter((text) => !hasString(code, text))).toEqual([]);
      });
    });
  }
});
