/** The bench waits for a rebuild's background deletion of the previous site before its next timed run. */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { previousRemoved } from '../../src/cli/bench/rounds.ts';

let tmp: string;
beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'frm-rounds-'));
  await mkdir(join(tmp, 'dist'));
});
afterEach(() => rm(tmp, { recursive: true, force: true }));

describe('previousRemoved', () => {
  test('returns at once when no previous site is left, whatever else is beside it', async () => {
    await mkdir(join(tmp, 'dist.cache'));
    await mkdir(join(tmp, 'other.previous-1'));
    await expect(previousRemoved(join(tmp, 'dist'), 1000)).resolves.toBeUndefined();
  });

  test('waits until the previous site is gone', async () => {
    const previous = join(tmp, 'dist.previous-123');
    await mkdir(previous);
    let removed = false;
    setTimeout(() => void rm(previous, { recursive: true }).then(() => (removed = true)), 300);
    await previousRemoved(join(tmp, 'dist'), 5000);
    expect(removed).toBe(true);
  });

  test('names the folder when the previous site outlives the timeout', async () => {
    await mkdir(join(tmp, 'dist.previous-9'));
    await expect(previousRemoved(join(tmp, 'dist'), 200)).rejects.toThrow(/dist: the previous site was not removed/);
  });
});
