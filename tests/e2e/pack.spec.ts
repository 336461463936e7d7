// The offline pack: one HTML file (npm run build:pack, run by test:e2e before Playwright), opened from
// file:// with every network request blocked, must show the app, step through a tour and export.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { homepage } = JSON.parse(readFileSync('package.json', 'utf8')) as { homepage: string };
const file = fileURLToPath(new URL('../../pack/untoc-timeline.html', import.meta.url));

test.beforeEach(async ({ context }) => {
	expect(existsSync(file), 'run npm run build:pack first').toBe(true);
	await context.route('**/*', (route) => {
		const url = route.request().url();
		return /^(file|data|blob):/.test(url) ? route.continue() : route.abort();
	});
});

test('the offline pack opens from file:// with no network, steps a tour and exports', async ({
	page
}) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
	});
	await page.goto(`file://${file}`);
	await expect(page.locator('[data-view="timeline"][data-ready]')).toBeVisible();
	await expect(page.locator('[data-view="events"] tbody tr:not([hidden])')).toHaveCount(88);

	// Filters live in the hash, so a copied address still opens the same view.
	await page.getByLabel('Search events').fill('palermo');
	await expect(page).toHaveURL(/untoc-timeline\.html#\/\?q=palermo$/);

	await page.goto(`file://${file}#/present/from-geneva-to-vienna`);
	const presentation = page.locator('[data-view="presentation"]');
	await expect(presentation).toHaveAttribute('data-stop', '1');
	await expect(presentation).toHaveAttribute('data-ready', '');
	await page.keyboard.press('PageDown');
	await expect(presentation).toHaveAttribute('data-stop', '2');
	await page.keyboard.press('ArrowRight');
	await expect(presentation).toHaveAttribute('data-stop', '3');
	await expect(page).toHaveURL(/#\/present\/from-geneva-to-vienna\?stop=3$/);
	await page.keyboard.press('PageUp');
	await expect(presentation).toHaveAttribute('data-stop', '2');

	await page.goto(`file://${file}#/?from=1994&to=2006`);
	const timeline = page.locator('[data-view="timeline"]');
	await expect(timeline.locator('.window')).toHaveText('1 January 1994 – 31 December 2006');
	await timeline.locator('summary', { hasText: 'Export' }).click();
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		timeline.getByRole('button', { name: 'Download SVG', exact: true }).click()
	]);
	expect(svg.suggestedFilename()).toMatch(/^untoc-timeline-.*\.svg$/);
	// Made from file://, the export links to the public site, never to a file: address.
	const text = readFileSync(await svg.path(), 'utf8');
	expect(text).not.toMatch(/file:/);
	expect(text).toContain(`Retrieved`);
	// With a public address configured (package.json homepage) the file links there; without one it
	// carries no address at all rather than a file: path.
	if (homepage) {
		expect(text).toContain(`View: ${homepage}/?from=1994&amp;to=2006`);
		expect(text).toMatch(
			new RegExp(`from ${homepage.replace(/\./g, '\\.')}/\\?from=1994&amp;to=2006`)
		);
	} else expect(text).not.toContain('View: ');
	await timeline.getByRole('button', { name: 'Cite this view' }).click();
	for (const style of ['apa', 'oscola', 'bluebook']) {
		const cited = await timeline.locator(`[data-citation="${style}"]`).textContent();
		if (homepage) expect(cited).toContain(`${homepage}/?from=1994&to=2006`);
		expect(cited).not.toMatch(/file:/);
	}
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		timeline.getByRole('button', { name: 'Download PNG', exact: true }).click()
	]);
	expect(png.suggestedFilename()).toMatch(/\.png$/);
	expect(outside).toEqual([]);
});

test('in the pack, a view added to a tour is kept across a reload, listed under Present and presented', async ({
	page
}) => {
	await page.goto(`file://${file}#/?from=2000-09&to=2001-03&event=palermo-signing-conference-2000`);
	await expect(page.locator('[data-view="timeline"][data-ready]')).toBeVisible();
	await page.getByRole('button', { name: 'Add this view to a tour' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add this view to a tour' });
	await dialog.getByLabel('Title of the new tour').fill('Pack tour');
	await dialog.getByRole('button', { name: 'Add stop' }).click();
	await expect(dialog).toBeHidden();
	await page.reload();
	await page.goto(`file://${file}#/present`);
	const mine = page.locator('[data-my-tours] [data-tour="pack-tour"]');
	await expect(mine).toContainText('(1 stops)');
	await mine.getByRole('link', { name: 'Start (projector, dark)' }).click();
	await expect(page).toHaveURL(/#\/tours\/present\/pack-tour/);
	const stage = page.locator('[data-view="presentation"]');
	await expect(stage).toHaveAttribute('data-stop', '1');
	await expect(stage.locator('[data-view="timeline"]')).toBeVisible();
	await page.goto(`file://${file}#/tours`);
	await expect(page.locator('[data-tour="pack-tour"]')).toBeVisible();
});

test('in the pack, the world map draws from file:// with no network, selects a State and exports', async ({
	page
}) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
	});
	await page.goto(`file://${file}#/?map=TIP&asof=2010-12-31`);
	const map = page.locator('[data-view="map"]');
	await map.scrollIntoViewIfNeeded();
	await expect(page.locator('[data-view="map"][data-ready]')).toBeVisible();
	await expect(map).toHaveAttribute('data-instrument', 'TIP');
	await expect(map.locator('[role="button"][data-iso3]')).toHaveCount(197);
	await map.locator('circle[data-iso3="NRU"]').click();
	await expect(page).toHaveURL(/#\/\?map=TIP&asof=2010-12-31&party=NRU$/);
	await expect(page.locator('[data-party-card="NRU"]')).toBeVisible();
	await map.locator('summary', { hasText: 'Export' }).click();
	const [svg] = await Promise.all([
		page.waitForEvent('download'),
		map.getByRole('button', { name: 'Download SVG', exact: true }).click()
	]);
	const text = readFileSync(await svg.path(), 'utf8');
	expect(text).toContain('The boundaries and names shown');
	expect(text).not.toMatch(/file:/);
	expect(outside).toEqual([]);
});
