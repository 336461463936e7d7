// The offline pack: one HTML file (npm run build:pack, run by test:e2e before Playwright), opened from
// file:// with every network request blocked, must show the app, step through a tour and export.
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
	await expect(page.locator('[data-view="events"] tbody tr')).toHaveCount(88);

	// Filters live in the hash, so a copied address still opens the same view.
	await page.getByLabel('Search events').fill('palermo');
	await expect(page).toHaveURL(/untoc-timeline\.html#\/\?q=palermo$/);

	await page.goto(`file://${file}#/present/from-geneva-to-vienna`);
	const presentation = page.locator('[data-view="presentation"]');
	await expect(presentation).toHaveAttribute('data-stop', '1');
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
	const [png] = await Promise.all([
		page.waitForEvent('download'),
		timeline.getByRole('button', { name: 'Download PNG', exact: true }).click()
	]);
	expect(png.suggestedFilename()).toMatch(/\.png$/);
	expect(outside).toEqual([]);
});
