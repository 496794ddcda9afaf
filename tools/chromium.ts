/**
 * Debian's Chromium, driven by playwright-core, for browser tests,
 * screenshots and the benchmark. Browsers cannot be downloaded here, so
 * this never runs `playwright install`; see ensureChromium() for the setup.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Makes sure Chromium is there: installs Debian's package when it is missing
 * and we run as root (as CI does), or stops with a clear instruction.
 */
export function ensureChromium(): void {
  if (existsSync(chromiumPath)) return;
  if (process.getuid?.() === 0) {
    console.log('Chromium ontbreekt; installeren met apt-get install -y chromium ...');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(chromiumPath)) return;
  }
  throw new Error(
    `Chromium is not installed at ${chromiumPath}. The browser tests need Debian's Chromium:\n` +
      '  sudo apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to a Chromium binary. (playwright install does not work on this network.)',
  );
}

export function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}
