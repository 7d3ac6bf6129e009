#!/usr/bin/env node
// Find Chromium for the browser tests: CHROME_PATH, else Debian's /usr/bin/chromium. Where it is missing on
// Debian and we are root, install it with apt-get; otherwise stop with a message that says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = () => candidates.find((p) => existsSync(p));

if (found()) {
  console.log(`browser tests: using ${found()}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (existsSync('/usr/bin/apt-get') && isRoot) {
  console.log('browser tests: Chromium not found; installing Debian package "chromium" with apt-get…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch {
    // reported below
  }
  if (found()) {
    console.log(`browser tests: using ${found()}`);
    process.exit(0);
  }
}
console.error(
  'browser tests need Chromium and none was found.\n' +
    '  On Debian/Ubuntu: sudo apt-get install chromium\n' +
    '  Elsewhere: install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
);
process.exit(1);
