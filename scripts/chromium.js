// Which Chromium the end-to-end tests drive. Playwright's own browser when it is installed (a
// developer's machine after `npx playwright install`) and CHROMIUM_PATH is not set; otherwise a system
// Chromium: CHROMIUM_PATH, or Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM_ARGS = [
	'--no-sandbox',
	'--headless',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** @returns {{ kind: 'playwright' } | { kind: 'system', executablePath: string } | { kind: 'missing', executablePath: string }} */
export function resolveChromium() {
	const wanted = process.env.CHROMIUM_PATH;
	if (!wanted) {
		try {
			if (existsSync(chromium.executablePath())) return { kind: 'playwright' };
		} catch {
			// Playwright has no browser of its own here: fall through to the system one.
		}
	}
	const executablePath = wanted || '/usr/bin/chromium';
	return existsSync(executablePath)
		? { kind: 'system', executablePath }
		: { kind: 'missing', executablePath };
}
