/**
 * One contract: Astro's own build refuses exactly what `npm run validate` refuses, with the same messages, because
 * both run the content loaders' reading and rules (src/content-files/loaders.ts). Each case is the valid fixture
 * (tests/fixtures/parity/valid/) with some changes; `astro build` runs on its own, with no validator in front.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblem, validateContent } from '../../src/content-files/validate/index.ts';
import { astroBuild, copyContent, inBatches, tempDir, type RunResult } from './support/run.ts';

const ARTICLE = 'articles/2026/jordan-asks-russia-to-stop-recruiting-the-national.md';
const OTHER = 'articles/2025/iraq-counts-recruits-example-daily.md';
const OUTLET = 'outlets/example-daily.yaml';
const TWELVE = 'articles/2026/twelve-errors-the-national.md';

/** An article with twelve fields wrong at once. */
const TWELVE_ERRORS = `---
title: ""
summary: 42
source:
  outlet: the-national
  url: "javascript:alert(1)"
  published: "2026-02-30"
  language: english
countries: [jo]
topics: []
story: no-such-story
figures:
  - value: -2
    measure: dead
    what: "recruits"
    claimant: "someone"
    basis: rumour
added: "yesterday"
draft: "yes"
---

Amman wants Moscow to stop enlisting Jordanians, a fixture says, in enough words to pass the body's length rule for
a summary of a report, with nothing real in it at all.
`;

/** Changes to the valid fixture: [file, text to replace ('' = write the whole file), replacement]. */
type Change = [file: string, from: string, to: string];

const CASES: { name: string; changes: Change[]; valid: boolean }[] = [
  { name: 'the valid fixture', changes: [], valid: true },
  {
    name: 'an impossible date, an unknown outlet and a twelve-field error file',
    changes: [
      [ARTICLE, 'added: "2026-03-09"', 'added: 2026-02-30'],
      [OTHER, 'outlet: example-daily', 'outlet: no-such-outlet'],
      [TWELVE, '', TWELVE_ERRORS],
    ],
    valid: false,
  },
  {
    name: 'schema, URL and body rules',
    changes: [
      [ARTICLE, 'countries: [JO, IQ]', 'countries: [jo, IQ]\nauthor: "someone"'],
      [ARTICLE, '  - value: 2\n', '  - value: 1_000\n'],
      [OUTLET, 'homepage: "https://example.org/"', 'homepage: "javascript:alert(1)"'],
      [OTHER, '\n---\n\n', '\n---\n\n<script>alert(1)</script>\n\n'],
    ],
    valid: false,
  },
];

let tmp: string;
const outcomes = new Map<string, { messages: string[]; astro: RunResult }>();

beforeAll(async () => {
  tmp = await tempDir('contract');
  const prepared = await Promise.all(
    CASES.map(async (c, i) => {
      const content = await copyContent(join(tmp, `content-${i}`));
      for (const [file, from, to] of c.changes) {
        const path = join(content, file);
        await mkdir(join(path, '..'), { recursive: true });
        const before = from === '' ? '' : await readFile(path, 'utf8');
        const after = from === '' ? to : before.replace(from, to);
        if (from !== '' && after === before) throw new Error(`case "${c.name}": "${from}" is not in ${file}`);
        await writeFile(path, after);
      }
      return { c, content, out: join(tmp, `site-${i}`) };
    }),
  );
  const astro = await inBatches(
    prepared.map(
      ({ content, out }) =>
        () =>
          astroBuild(content, out),
    ),
    2,
  );
  for (const [i, { c, content }] of prepared.entries()) {
    const result = await validateContent(content, { now: new Date() });
    const errors = result.problems.filter((p) => p.severity === 'error');
    outcomes.set(c.name, { messages: errors.map(formatProblem), astro: astro[i] as RunResult });
  }
}, 300_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Astro's output without colour codes. */
const plain = (run: RunResult): string => `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');

/** The validator's messages for one case. */
function messagesOf(name: string | undefined): string[] {
  const outcome = outcomes.get(name ?? '');
  if (!outcome) throw new Error(`no outcome for ${name}`);
  return outcome.messages;
}

describe('astro build and npm run validate', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('agree on %s', (name, c) => {
    const outcome = outcomes.get(name);
    if (!outcome) throw new Error(`no outcome for ${name}`);
    const output = plain(outcome.astro);
    const accepted = { validator: outcome.messages.length === 0, astro: outcome.astro.code === 0 };
    expect(accepted, output.slice(-3000)).toEqual({ validator: c.valid, astro: c.valid });
    for (const message of outcome.messages) expect(output).toContain(message);
  });

  test('one build reports the impossible date, the unknown outlet and each of the twelve fields', () => {
    const messages = messagesOf(CASES[1]?.name);
    const fields = new Set(messages.filter((m) => m.includes(TWELVE)).map((m) => m.split(': ')[1]));
    expect([...fields].length, [...fields].join('\n')).toBeGreaterThanOrEqual(12);
    expect(
      messages.some((m) => /jordan-asks.*added: .*real calendar date/.test(m)),
      messages.join('\n'),
    ).toBe(true);
    expect(messages.some((m) => /iraq-counts.*unknown outlet "no-such-outlet"/.test(m))).toBe(true);
  });

  test('the body and URL rules are the build’s too', () => {
    const messages = messagesOf(CASES[2]?.name).join('\n');
    expect(messages).toMatch(/iraq-counts.*\(body\)/);
    expect(messages).toMatch(/example-daily\.yaml.*homepage/);
    expect(messages).toMatch(/jordan-asks.*countries/);
  });
});
