#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium to drive. Playwright cannot download its own browser
// on machines without internet access, so where none is found this installs Debian's `chromium`
// package when the machine allows it (root, or password-less sudo, with apt-get), and otherwise says
// exactly what to install.
import { aptInstall, aptPrefix } from './apt.js';
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

const prefix = aptPrefix();

if (prefix === null || process.env.CHROMIUM_PATH) {
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
aptInstall(prefix, ['chromium']);
const after = resolveChromium();
if (after.kind === 'missing') {
	console.error(`ensure-chromium: installed, but still no Chromium at ${after.executablePath}`);
	process.exit(1);
}
console.log('ensure-chromium: Chromium installed');
