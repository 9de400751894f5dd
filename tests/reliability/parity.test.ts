/**
 * Parity: Astro's content layer and the validator accept and refuse the same content. Each case is the valid fixture
 * (tests/fixtures/parity/valid/) with one change; Astro builds it on its own (no validator in front) and must fail
 * exactly when validateContent reports errors.
 *
 * Cross-file rules (unknown outlet, topic or story; duplicate URL or slug; year folder) are validator-only by design:
 * Astro has no such rules, so they are left out here. Body rules (raw HTML, unsafe links) are validator-only too:
 * Astro renders raw HTML; tests/reliability/hostile.test.ts covers them.
 *
 * Both read YAML with js-yaml 4 (YAML 1.2 core types), so `value: 1_000` is a string to both and refused by both
 * (a case below). One known difference, on purpose: an unquoted impossible date (`added: 2026-02-30`) is rolled over
 * to 2026-03-02 by js-yaml; the validator keeps unquoted YYYY-MM-DD as text and refuses it, Astro would accept it.
 * The build runs the validator first, so the stricter reading wins.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateContent } from '../../src/cli/validate/index.ts';
import { astroBuild, copyContent, inBatches, tempDir, type RunResult } from './support/run.ts';

const ARTICLE = 'articles/2026/jordan-asks-russia-to-stop-recruiting-the-national.md';
const OUTLET = 'outlets/example-daily.yaml';

/** One change to the valid fixture: which file, what to replace, and whether it stays valid. */
interface Case {
  name: string;
  file: string;
  from: string;
  to: string;
  valid: boolean;
}

const CASES: Case[] = [
  { name: 'the valid fixture', file: ARTICLE, from: '', to: '', valid: true },
  {
    name: 'a lower-case country code',
    file: ARTICLE,
    from: 'countries: [JO, IQ]',
    to: 'countries: [jo, IQ]',
    valid: false,
  },
  {
    name: 'an unknown key',
    file: ARTICLE,
    from: 'added: "2026-03-09"',
    to: 'added: "2026-03-09"\nauthor: "someone"',
    valid: false,
  },
  { name: 'an impossible date', file: ARTICLE, from: 'added: "2026-03-09"', to: 'added: "2026-02-30"', valid: false },
  { name: 'a negative figure', file: ARTICLE, from: '  - value: 2\n', to: '  - value: -2\n', valid: false },
  { name: 'a YAML 1.1 number (1_000)', file: ARTICLE, from: '  - value: 2\n', to: '  - value: 1_000\n', valid: false },
  { name: 'a leading-zero number (017)', file: ARTICLE, from: '  - value: 2\n', to: '  - value: 017\n', valid: true },
  {
    name: 'a javascript: source URL',
    file: ARTICLE,
    from: 'url: "https://www.thenationalnews.com/news/mena/2026/03/08/jordan-russia-ukraine/"',
    to: 'url: "javascript:alert(1)"',
    valid: false,
  },
  {
    name: 'a javascript: outlet homepage',
    file: OUTLET,
    from: 'homepage: "https://example.org/"',
    to: 'homepage: "javascript:alert(1)"',
    valid: false,
  },
  {
    name: 'a broken article in a folder starting with "_"',
    file: 'articles/_drafts/broken-draft.md',
    from: '',
    to: '---\ntitle: ""\n---\n\nA draft.\n',
    valid: true,
  },
];

let tmp: string;
const outcomes = new Map<string, { errors: number; messages: string[]; astro: RunResult }>();

beforeAll(async () => {
  tmp = await tempDir('parity');
  const prepared = await Promise.all(
    CASES.map(async (c, i) => {
      const content = await copyContent(join(tmp, `content-${i}`));
      const path = join(content, c.file);
      await mkdir(join(path, '..'), { recursive: true });
      const before = c.from === '' ? '' : await readFile(path, 'utf8');
      const after = c.from === '' ? c.to : before.replace(c.from, c.to);
      if (c.from !== '' && after === before) throw new Error(`case "${c.name}": "${c.from}" is not in ${c.file}`);
      if (c.to !== '') await writeFile(path, after);
      return { c, content, out: join(tmp, `site-${i}`) };
    }),
  );
  const astro = await inBatches(
    prepared.map(
      ({ content, out }) =>
        () =>
          astroBuild(content, out),
    ),
    4,
  );
  for (const [i, { c, content }] of prepared.entries()) {
    const result = await validateContent(content, { label: 'content', now: new Date('2026-06-01T12:00:00Z') });
    const errors = result.problems.filter((p) => p.severity === 'error');
    outcomes.set(c.name, {
      errors: errors.length,
      messages: errors.map((p) => `${p.file}: ${p.field}: ${p.message}`),
      astro: astro[i] as RunResult,
    });
  }
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the validator and Astro', () => {
  test.each(CASES.map((c) => [c.name, c] as const))('agree on %s', (_name, c) => {
    const outcome = outcomes.get(c.name);
    if (!outcome) throw new Error(`no outcome for ${c.name}`);
    const astroAccepted = outcome.astro.code === 0;
    expect(
      { validator: outcome.errors === 0, astro: astroAccepted },
      `${outcome.messages.join('\n')}\n${outcome.astro.stderr.slice(0, 2000)}`,
    ).toEqual({ validator: c.valid, astro: c.valid });
    // Astro must fail on the content, not on something unrelated to it.
    if (!c.valid) expect(outcome.astro.stderr).toMatch(/does not match collection schema/);
  });
});
