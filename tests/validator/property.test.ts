/** Random and mutated frontmatter never crashes the validator, and every problem it reports is well formed. */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { dumpYaml } from '../../src/content-files/index.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatProblem, validateContent, type ValidationResult } from '../../src/content-files/validate/index.ts';
import { articleInput } from '../helpers/factories.ts';
import { BODY, copyValid, LABEL, OPTIONS, removeDir, writeInto } from '../helpers/content.ts';

const ARTICLE = 'articles/2025/property-case.md';
const OUTLET = 'outlets/property-case.yaml';
const RUNS = { numRuns: 100 };

/** YAML for any value (the content module's dumper); `---` frontmatter around it for articles. */
const toYaml = (data: unknown): string => dumpYaml(data);
const toMarkdown = (data: unknown, body = BODY): string => `---\n${toYaml(data)}---\n\n${body}`;

let dir = '';
beforeAll(async () => {
  dir = await copyValid();
});
afterAll(async () => removeDir(dir));

/** Writes one file into the shared copy of the valid folder, validates it, and removes it again. */
async function validateWith(target: string, contents: string | Uint8Array): Promise<ValidationResult> {
  await writeInto(dir, target, contents);
  try {
    return await validateContent(dir, OPTIONS);
  } finally {
    await rm(join(dir, target));
  }
}

function expectWellFormed(result: ValidationResult, target: string): void {
  for (const p of result.problems) {
    const shown = formatProblem(p);
    expect(p.file, shown).toMatch(/^content\/.+\.(md|yaml)$/);
    expect(p.field.trim(), shown).not.toBe('');
    expect(p.message.trim(), shown).not.toBe('');
    expect(shown, 'one line per problem').not.toMatch(/[\r\n\u2028\u2029]/);
    expect(Number.isInteger(p.line) && p.line >= 1, shown).toBe(true);
    expect(['error', 'warning'], shown).toContain(p.severity);
    if (p.severity === 'error') expect(p.file, shown).toBe(`${LABEL}/${target}`);
  }
  expect(result.errors).toBe(result.problems.filter((p) => p.severity === 'error').length);
}

const leaf = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom(
    'javascript:alert(1)',
    'ftp://example.org/x',
    '2025-02-30',
    '2025',
    'jo',
    'JO',
    'ZZZ',
    '',
    '  ',
    '---',
    '\uFEFF',
    'a: b',
    '*alias',
  ),
);
const nested = fc.integer({ min: 1, max: 40 }).chain((depth) =>
  leaf.map((value) => {
    let out: unknown = value;
    for (let i = 0; i < depth; i++) out = i % 2 ? [out] : { k: out };
    return out;
  }),
);
const value = fc.oneof(leaf, nested, fc.jsonValue({ maxDepth: 4 }), fc.array(leaf, { maxLength: 5 }));
const KEYS = [
  'title',
  'summary',
  'source',
  'countries',
  'topics',
  'story',
  'figures',
  'added',
  'draft',
  'contries',
  '__proto__',
  'constructor',
];
const key = fc.oneof(
  fc.constantFrom(...KEYS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const PATHS = [
  ['title'],
  ['summary'],
  ['source'],
  ['source', 'outlet'],
  ['source', 'url'],
  ['source', 'title'],
  ['source', 'published'],
  ['source', 'language'],
  ['source', 'archived'],
  ['countries'],
  ['countries', 0],
  ['topics'],
  ['topics', 0],
  ['story'],
  ['figures'],
  ['figures', 0],
  ['figures', 0, 'value'],
  ['figures', 0, 'min'],
  ['added'],
  ['draft'],
  ['extra'],
];
const mutation = fc.record({ path: fc.constantFrom(...PATHS), drop: fc.boolean(), value });

/** Applies mutations to a valid article's frontmatter: drop a key or set it to a random value, creating parents. */
function mutate(
  mutations: Array<{ path: ReadonlyArray<string | number>; drop: boolean; value: unknown }>,
): Record<string, unknown> {
  const data = articleInput({
    figures: [
      {
        value: 1,
        measure: 'killed',
        what: 'Fixture',
        claimant: 'Fixture NGO',
        basis: 'official',
        span: 'total',
        side: 'russia',
      },
    ],
  });
  for (const { path, drop, value: v } of mutations) {
    let node = data as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) {
      if (node[step] === null || typeof node[step] !== 'object') node[step] = {};
      node = node[step] as Record<string | number, unknown>;
    }
    const last = path.at(-1) as string | number;
    if (drop) delete node[last];
    else node[last] = v;
  }
  return data;
}

describe('validateContent', () => {
  test('accepts the unmutated factory article, so the properties below are not vacuous', async () => {
    const result = await validateWith(ARTICLE, toMarkdown(mutate([])));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.articles).toBe(5);
  });

  test('never throws on random frontmatter objects and reports well-formed problems', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, value, { maxKeys: 12 }), async (data) => {
        expectWellFormed(await validateWith(ARTICLE, toMarkdown(data)), ARTICLE);
      }),
      RUNS,
    );
  });

  test('never throws on mutated valid articles and reports well-formed problems', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        expectWellFormed(await validateWith(ARTICLE, toMarkdown(mutate(mutations))), ARTICLE);
      }),
      RUNS,
    );
  });

  test('never throws on random frontmatter roots, raw text and raw bytes', async () => {
    const file = fc.oneof(
      value.map((data) => toMarkdown(data)),
      fc.string({ unit: 'binary', maxLength: 300 }).map((text) => `---\n${text}\n---\nBody.\n`),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }),
    );
    await fc.assert(
      fc.asyncProperty(file, async (contents) => {
        expectWellFormed(await validateWith(ARTICLE, contents), ARTICLE);
      }),
      RUNS,
    );
  });

  test('never throws on random outlet files and reports well-formed problems', async () => {
    const file = fc.oneof(
      fc.dictionary(key, value, { maxKeys: 8 }).map(toYaml),
      value.map(toYaml),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(file, async (contents) => {
        expectWellFormed(await validateWith(OUTLET, contents), OUTLET);
      }),
      RUNS,
    );
  });
});
