#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium to drive. Playwright cannot download its own browser
// on machines without internet access, so where none is found this installs Debian's `chromium`
// package when the machine allows it (root, or password-less sudo, with apt-get), and otherwise says
// exactly what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolveChromium } from './chromium.js';

const found = resolveChromium();
if (found.kind === 'playwright') {
	console.log("ensure-chromium: using Playwright's own Chromium");
	process.exit(0);
}
if (found.kind === 'system') {
	console.log(`ensure-chromium: using ${found.executablePath}`);
	process.exit(0);
}

const canSudo = () => {
	try {
		execSync('sudo -n true', { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};
const hasApt = existsSync('/usr/bin/apt-get');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const prefix = isRoot ? '' : hasApt && canSudo() ? 'sudo -n ' : null;

if (!hasApt || prefix === null || process.env.CHROMIUM_PATH) {
	console.error(
		`ensure-chromium: no Chromium found at ${found.executablePath}.\n` +
			'Install one, then run npm test again:\n' +
			'  - Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
			"  - or Playwright's own browser (needs internet): npx playwright install chromium\n" +
			'  - or point CHROMIUM_PATH at an installed Chromium or Chrome.'
	);
	process.exit(1);
}

console.log("ensure-chromium: no Chromium found; installing Debian's chromium package...");
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execSync(`${prefix}apt-get update -qq`, { stdio: 'inherit', env });
execSync(`${prefix}apt-get install -y -qq chromium`, { stdio: 'inherit', env });
const after = resolveChromium();
if (after.kind === 'missing') {
	console.error(`ensure-chromium: installed, but still no Chromium at ${after.executablePath}`);
	process.exit(1);
}
console.log('ensure-chromium: Chromium installed');
