import { defineConfig } from '@playwright/test';
import { resolveChromium, SYSTEM_CHROMIUM_ARGS } from './scripts/chromium.js';

const browser = resolveChromium();
// Not the port `npm start` uses, so the tests can run while the app is open.
const PORT = Number(process.env.E2E_PORT ?? 4318);

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
	webServer: {
		command: `npx vite build && npx vite preview --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
