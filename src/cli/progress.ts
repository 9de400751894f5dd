/** Progress lines for long runs: "12 of 305 pages", at most one line per interval, so logs stay short. */

/** Reports `done` of `total`; prints only when `intervalMs` has passed since the last line. */
export interface Progress {
  update(done: number): void;
}

/** What a progress reporter writes with, and the clock it reads (injected, so tests need no timers). */
export interface ProgressOptions {
  total: number;
  write: (line: string) => void;
  format: (done: number, total: number) => string;
  now?: () => number;
  intervalMs?: number;
}

/** A throttled progress reporter: the first line waits a whole interval, so a short run prints none. */
export function createProgress({
  total,
  write,
  format,
  now = () => performance.now(),
  intervalMs = 1000,
}: ProgressOptions): Progress {
  let last = now();
  return {
    update(done) {
      const at = now();
      if (at - last < intervalMs) return;
      last = at;
      write(format(done, total));
    },
  };
}
