/**
 * `npm test` runs this first: the browser tests need Debian's Chromium. On a fresh Debian machine where we are root,
 * install it with apt-get (the only browser source here; nothing downloads its own browser); otherwise say how.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { CHROMIUM as path } from './shared/browser.ts';

const USAGE = `usage: node src/cli/ensure-chromium.ts   (npm test runs it first)

Makes sure Debian's Chromium is at CHROMIUM_PATH (default /usr/bin/chromium) for the browser tests: installs it with
apt-get when missing and run as root on Debian, else prints the command and exits 1.

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

if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`pretest: ${path} is missing; installing Debian's chromium for the browser tests`);
    if (!run('apt-get', ['update', '-qq']) || !run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
      console.error('pretest: apt-get could not install chromium');
      process.exit(1);
    }
  } else {
    console.error(
      `pretest: the browser tests need Chromium at ${path}. ` +
        'Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).',
    );
    process.exit(1);
  }
}
