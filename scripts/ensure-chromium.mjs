// Browser tests drive Debian's Chromium through playwright-core (no browser download).
// Installs it with apt-get when missing and we are root (CI, a fresh machine); otherwise explains.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Browser tests need Chromium at ${path}. Install it: sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log('Installing Chromium for the browser tests (apt-get)…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
