/** The progress line of the build and of check-sources: at most one line per interval, on an injected clock. */
import { describe, expect, test } from 'vitest';
import { createProgress } from '../../src/cli/progress.ts';

describe('createProgress', () => {
  test('prints at most one line a second, and none before the first second has passed', () => {
    let clock = 0;
    const lines: string[] = [];
    const progress = createProgress({
      total: 300,
      write: (l) => lines.push(l),
      format: (done, total) => `${done} of ${total} pages`,
      now: () => clock,
    });
    for (let done = 1; done <= 300; done++) {
      clock += 25; // a page every 25 ms: 7.5 s in all
      progress.update(done);
    }
    expect(lines).toEqual([
      '40 of 300 pages',
      '80 of 300 pages',
      '120 of 300 pages',
      '160 of 300 pages',
      '200 of 300 pages',
      '240 of 300 pages',
      '280 of 300 pages',
    ]);
  });

  test('prints nothing for a run shorter than the interval', () => {
    let clock = 0;
    const lines: string[] = [];
    const progress = createProgress({
      total: 5,
      write: (l) => lines.push(l),
      format: String,
      now: () => clock,
      intervalMs: 1000,
    });
    for (let done = 1; done <= 5; done++) {
      clock += 100;
      progress.update(done);
    }
    expect(lines).toEqual([]);
  });
});
