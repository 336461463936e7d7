// Unknown paths at any depth get a working page-not-found page: its scripts and styles load (by absolute
// path), it offers the way home, and the console holds the 404 itself and nothing else — no page error,
// no stack trace. Both as `vite preview` answers (the server renders the error page) and as a static
// host answers with the adapter's fallback, build/404.html, served at the unknown address.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const FALLBACK = readFileSync(new URL('../../build/404.html', import.meta.url), 'utf8');
const DEEP = [
	'/present/no-such-tour',
	'/present/from-geneva-to-vienna/no-such-view',
	'/a/b/c/d',
	'/tours/present/x/y/z',
	'///present/no-such-tour'
];

/** Everything the page reports while it loads: page errors, console lines, failed own requests. */
function watch(page: Page) {
	const seen = { errors: [] as string[], console: [] as string[], failed: [] as string[] };
	page.on('pageerror', (e) => seen.errors.push(e.message));
	page.on('console', (m) => seen.console.push(`${m.type()}: ${m.text()}`));
	page.on('requestfailed', (r) => seen.failed.push(r.url()));
	page.on('response', (r) => {
		if (r.status() >= 400 && r.request().resourceType() !== 'document')
			seen.failed.push(`${r.status()} ${r.url()}`);
	});
	return seen;
}

async function expectWorkingNotFound(page: Page, path: string, seen: ReturnType<typeof watch>) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	// The site's frame (navigation, footer) is there: the layout's scripts and styles loaded.
	await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
	expect(
		await page.evaluate(
			() => getComputedStyle(document.querySelector('header.site')!).borderBottomStyle
		)
	).toBe('solid');
	await expect(page.locator('main')).toContainText(path.replace(/^\/+/, '/').split('/').pop()!);
	expect(seen.errors).toEqual([]);
	expect(seen.failed).toEqual([]);
	// The one line: the browser's own report of the 404 response.
	expect(seen.console).toEqual([
		'error: Failed to load resource: the server responded with a status of 404 (Not Found)'
	]);
	// It works: the way home leads to the timeline.
	await page.getByRole('link', { name: 'Go to the timeline' }).click();
	// A full page load of the dashboard: on a loaded CI machine it can take more than the default wait.
	await expect(page.locator('[data-view="timeline"][data-ready]')).toBeVisible({ timeout: 20_000 });
	expect(seen.errors).toEqual([]);
}

for (const path of DEEP) {
	test(`${path}: the server's 404 page works, with nothing logged but the 404`, async ({
		page,
		baseURL
	}) => {
		const seen = watch(page);
		// Joined as text: `///present` would otherwise be read as a protocol-relative address.
		const response = await page.goto(`${new URL(baseURL ?? '').origin}${path}`);
		expect(response?.status()).toBe(404);
		await expectWorkingNotFound(page, path, seen);
	});

	test(`${path}: build/404.html served there, as a static host does, works, with nothing logged but the 404`, async ({
		page,
		baseURL
	}) => {
		const seen = watch(page);
		const url = `${new URL(baseURL ?? '').origin}${path}`;
		await page.route(
			(u) => u.href === url,
			(route) => route.fulfill({ status: 404, contentType: 'text/html', body: FALLBACK })
		);
		await page.goto(url);
		await expectWorkingNotFound(page, path, seen);
	});
}

test('build/404.html loads its scripts and styles by absolute path', () => {
	const refs = [...FALLBACK.matchAll(/(?:href|src)="([^"]+)"|import\("([^"]+)"\)/g)]
		.map((m) => m[1] ?? m[2] ?? '')
		.filter((u) => !u.startsWith('data:'));
	expect(refs.length).toBeGreaterThan(3);
	for (const u of refs) expect(u).toMatch(/^\/_app\//);
});
