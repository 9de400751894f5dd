/**
 * The content loaders reuse what did not change between syncs (issue 22, step 4): an article whose file is byte for
 * byte the last sync's keeps its store entry and rendered body, and is not rendered again; a changed file is; a
 * deleted one leaves the store. Run with a store and render counter standing in for Astro's.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentLoaders } from '../../src/content-files/loaders.ts';
import { copyValid, removeDir } from '../helpers/content.ts';

type Entry = { id: string; data: Record<string, unknown>; digest?: string; rendered?: { html: string } };

/** A data store and what was rendered into it, as far as the loaders use Astro's. */
function fakeContext(root: string) {
  const entries = new Map<string, Entry>();
  const rendered: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => void entries.set(entry.id, entry),
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    keys: () => [...entries.keys()],
  };
  const context = {
    store,
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    renderMarkdown: async (body: string, options: { fileURL: URL }) => {
      rendered.push(options.fileURL.pathname);
      return { html: `<p>${body.length}</p>` };
    },
    config: { root: pathToFileURL(`${root}/`) },
    logger: { warn: () => {}, error: () => {}, info: () => {} },
  } as unknown as LoaderContext;
  return { context, entries, rendered };
}

let dir = '';
const ARTICLE = 'articles/2025/fixture-agency-reports-recruits-example-gazette.md';
const ID = 'fixture-agency-reports-recruits-example-gazette';

beforeAll(async () => {
  dir = await copyValid();
});
afterAll(async () => removeDir(dir));

describe('the articles loader between syncs', () => {
  test('renders every article once, then only the one whose file changed, and drops a deleted one', async () => {
    const loaders = contentLoaders(dir);
    const { context, entries, rendered } = fakeContext(dir);
    const sync = () => loaders.articles.load(context);

    await sync();
    const ids = [...entries.keys()];
    expect(ids.length).toBeGreaterThan(1);
    expect(rendered.length).toBe(ids.length);

    rendered.length = 0;
    const before = entries.get(ID);
    await sync();
    expect(rendered, 'nothing changed: nothing rendered again').toEqual([]);
    expect(entries.get(ID)).toBe(before);

    const text = await readFile(join(dir, ARTICLE), 'utf8');
    await writeFile(join(dir, ARTICLE), text.replace(/\n\n/, '\n\nA new first paragraph of our summary.\n\n'));
    await sync();
    expect(rendered).toEqual([join(dir, ARTICLE)]);
    expect(entries.get(ID)?.digest).not.toBe(before?.digest);

    rendered.length = 0;
    await rm(join(dir, ARTICLE));
    await sync();
    expect(rendered).toEqual([]);
    expect([...entries.keys()].sort()).toEqual(ids.filter((id) => id !== ID).sort());
  });
});
