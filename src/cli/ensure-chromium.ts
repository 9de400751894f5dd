/**
 * `npm test` runs this first: the browser tests need Debian's Chromium, and the benchmark's Hugo reference is tested
 * against Debian's `hugo`. On a fresh Debian machine where we are root, install what is missing with apt-get (the
 * only source here; nothing downloads its own browser); otherwise say how.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { CHROMIUM as path } from './shared/browser.ts';

const USAGE = `usage: node src/cli/ensure-chromium.ts   (npm test runs it first)

Makes sure Debian's Chromium is at CHROMIUM_PATH (default /usr/bin/chromium) for the browser tests, and Debian's hugo
is on the PATH for the benchmark's Hugo test: installs them with apt-get when missing and run as root on Debian, else
prints the command and exits 1.

  -h, --help  show this help`;

if (parseArgs({ options: { help: { type: 'boolean', short: 'h' } } }).values.help) {
  console.log(USAGE);
  process.exit(0);
}

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

const hasHugo = (): boolean => spawnSync('sh', ['-c', 'command -v hugo'], { stdio: 'ignore' }).status === 0;
const missing = [...(existsSync(path) ? [] : ['chromium']), ...(hasHugo() ? [] : ['hugo'])];

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`pretest: installing Debian's ${missing.join(' and ')} for the tests`);
    if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', ...missing])) {
      console.error(`pretest: apt-get could not install ${missing.join(' and ')}`);
      process.exit(1);
    }
  } else {
    console.error(
      `pretest: the tests need ${missing.join(' and ')} (Chromium at ${path}, or set CHROMIUM_PATH). ` +
        `Install with: sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
}
