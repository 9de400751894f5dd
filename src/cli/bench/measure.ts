/**
 * Runs a command and measures it: wall time, output, peak memory (GNU time's max RSS, and the process tree's summed RSS
 * polled), and the machine's load average before and during the run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadavg, tmpdir } from 'node:os';

/** What one run produced: `peakBytes` is the larger of GNU time's largest process and the tree's polled sum. */
export interface RunResult {
  code: number;
  seconds: number;
  cpuSeconds: number | undefined;
  stdout: string;
  stderr: string;
  peakBytes: number;
  processPeakBytes: number;
  treePeakBytes: number;
  /** The 1-minute load average when the command started. */
  loadBefore: number;
  /** The 1-minute load average, read every second while the command ran (and once as it ended). */
  loadDuring: number[];
}

const GNU_TIME = '/usr/bin/time';

async function procStatus(pid: number): Promise<{ ppid: number; rss: number } | undefined> {
  try {
    const text = await readFile(`/proc/${pid}/status`, 'utf8');
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(text)?.[1] ?? 0);
    const rss = Number(/^VmRSS:\s+(\d+) kB/m.exec(text)?.[1] ?? 0) * 1024;
    return { ppid, rss };
  } catch {
    return undefined;
  }
}

/** The summed resident memory of `root` and all its descendants, in bytes. */
export async function treeRss(root: number): Promise<number> {
  const pids = (await readdir('/proc')).filter((p) => /^\d+$/.test(p)).map(Number);
  const info = new Map<number, { ppid: number; rss: number }>();
  await Promise.all(
    pids.map(async (pid) => {
      const s = await procStatus(pid);
      if (s) info.set(pid, s);
    }),
  );
  const children = new Map<number, number[]>();
  for (const [pid, s] of info) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += info.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `command args` with `env` added; stdout lines go to `onLine`. Memory is polled every 250 ms and read from GNU
 * time; the load average is read every second.
 */
export async function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; onLine?: (line: string) => void },
): Promise<RunResult> {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const loadBefore = loadavg()[0] ?? Number.NaN;
  const loadDuring: number[] = [];
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLine?.(line);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  let polled = 0;
  let polling = false;
  const timer = setInterval(() => {
    if (polling || child.pid === undefined) return;
    polling = true;
    void treeRss(child.pid).then((rss) => {
      polled = Math.max(polled, rss);
      polling = false;
    });
  }, 250);
  const sampler = setInterval(() => loadDuring.push(loadavg()[0] ?? Number.NaN), 1000);
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  clearInterval(timer);
  clearInterval(sampler);
  loadDuring.push(loadavg()[0] ?? Number.NaN);
  const seconds = (performance.now() - started) / 1000;
  let timed = 0;
  let cpuSeconds: number | undefined;
  if (useTime) {
    const report = await readFile(timeFile, 'utf8').catch(() => '');
    timed = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? 0) * 1024;
    const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
    const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
    if (user && system) cpuSeconds = Number(user) + Number(system);
    await rm(timeFile, { force: true });
  }
  return {
    code,
    seconds,
    cpuSeconds,
    stdout,
    stderr,
    peakBytes: Math.max(timed, polled),
    processPeakBytes: timed,
    treePeakBytes: polled,
    loadBefore,
    loadDuring,
  };
}

/** Every file under `dir` with its size, recursively. */
export async function listSizes(dir: string): Promise<{ path: string; bytes: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const path = join(e.parentPath, e.name);
        return { path, bytes: (await stat(path)).size };
      }),
  );
}
