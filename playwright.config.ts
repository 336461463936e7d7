import { defineConfig } from '@playwright/test';
import { resolveChromium, SYSTEM_CHROMIUM_ARGS } from './scripts/chromium.js';

const browser = resolveChromium();
// The specs compute what a page must show with the app's own pure transforms, in Node, where some of
// them read the interface's language (src/lib/i18n/i18n.svelte.ts, a runes module the Svelte compiler
// makes reactive in the app). Outside the compiler its one rune, $state.raw, is a plain value: English.
(globalThis as { $state?: unknown }).$state ??= Object.assign(<T>(v: T) => v, {
	raw: <T>(v: T) => v
});
// Not the port `npm start` uses, so the tests can run while the app is open.
const PORT = Number(process.env.E2E_PORT ?? 4318);
const BENCH_PORT = PORT + 100;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		// A time zone far from UTC, so a date computed in local time shows up as a wrong day.
		timezoneId: 'America/Los_Angeles',
		locale: 'en-GB',
		trace: 'retain-on-failure',
		launchOptions:
			browser.kind === 'playwright'
				? {}
				: { executablePath: browser.executablePath, args: SYSTEM_CHROMIUM_ARGS }
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: [
		{
			command: `npx vite build && npx vite preview --port ${PORT} --strictPort`,
			url: `http://localhost:${PORT}`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		// The benchmark build (src/bench-routes), for the specs that need the dashboard on 100 times
		// the data (tests/e2e/scale.spec.ts), which the site never shows.
		{
			command: `npx vite build && npx vite preview --port ${BENCH_PORT} --strictPort`,
			env: { UNTOC_BENCH: '1' },
			url: `http://localhost:${BENCH_PORT}`,
			reuseExistingServer: !process.env.CI,
			timeout: 240_000
		}
	]
});
