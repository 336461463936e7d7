// axe-core 4.14 (through npm overrides; it adds label-content-name-mismatch, WCAG 2.5.3) over every page
// of the site, on a laptop and on a phone, and over every stop of the default tour in both projector
// themes; and the error boundaries: one view that throws gives way to a short message while the others
// keep working. The views' own specs run axe in the states they reach (filters, selections, details).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Tour } from '../../src/lib/data/schema';

const TOUR_ID = 'from-geneva-to-vienna';
const tour: Tour = JSON.parse(
	readFileSync(new URL(`../../data/tours/${TOUR_ID}.json`, import.meta.url), 'utf8')
);

/** Every violation, with the nodes it was found on, so a failure says where to look. */
async function violations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
	);
}

/** What shows each page has drawn what it will draw. */
const PAGES: [path: string, ready: string][] = [
	['/', '[data-view="timeline"][data-ready]'],
	['/about', 'h1'],
	['/tours', 'h1'],
	['/present', 'h1'],
	[`/present/${TOUR_ID}?stop=2`, '[data-view="presentation"][data-ready]'],
	[`/present/${TOUR_ID}/presenter?stop=2`, '[data-view="presenter"]'],
	['/no-such-page', 'h1'],
	['/?from=zz', '[data-query-notice]']
];

const SCREENS = { laptop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };

for (const [screen, size] of Object.entries(SCREENS))
	for (const [path, ready] of PAGES)
		test(`axe-core 4.14 finds nothing on ${path} (${screen})`, async ({ page }) => {
			test.setTimeout(120_000); // axe walks every node of the dashboard
			await page.setViewportSize(size);
			await page.goto(path);
			await page.locator(ready).first().waitFor();
			// A stop's text enters with a short fade: its contrast is measured once it has arrived.
			await page.waitForFunction(() =>
				document.getAnimations().every((a) => a.playState !== 'running')
			);
			expect(await violations(page)).toEqual([]);
		});

test('the installed axe-core is 4.14, the engine with the label-in-name rule', async ({ page }) => {
	await page.goto('/about');
	const results = await new AxeBuilder({ page })
		.withRules(['label-content-name-mismatch'])
		.analyze();
	expect(results.testEngine.version).toMatch(/^4\.(1[4-9]|[2-9]\d)\./);
	expect(results.violations).toEqual([]);
});

for (const theme of ['projector', 'projector-light'] as const)
	test(`axe-core finds nothing on any stop of the default tour (${theme}, 1920×1080)`, async ({
		page
	}) => {
		test.setTimeout(300_000);
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.emulateMedia({ reducedMotion: 'reduce' }); // no flight between stops to wait out
		await page.goto(`/present/${TOUR_ID}?theme=${theme}`);
		const stage = page.locator('[data-view="presentation"]');
		const found: string[] = [];
		for (let n = 1; n <= tour.stops.length; n++) {
			await expect(stage).toHaveAttribute('data-stop', String(n));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(tour.stops[n - 1]!.title);
			// Revealed and hidden states are both shown to the room: check each.
			for (const v of await violations(page)) found.push(`stop ${n}: ${v}`);
			if (await page.locator('[data-hidden-after]').count()) {
				await page.keyboard.press('ArrowRight');
				await expect(page.locator('[data-hidden-after]')).toHaveCount(0);
				for (const v of await violations(page)) found.push(`stop ${n}, revealed: ${v}`);
			}
			if (n < tour.stops.length) await page.keyboard.press('ArrowRight');
		}
		expect(found).toEqual([]);
	});

test('a view that throws gives way to a short message, and the other views keep working', async ({
	page
}) => {
	test.setTimeout(120_000);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	// The world map watches for coming into view: make watching the map throw, as a bug would (the
	// router's own observers are left alone).
	await page.addInitScript(() => {
		const Real = window.IntersectionObserver;
		window.IntersectionObserver = class extends Real {
			observe(target: Element) {
				if (target.closest('[data-view="map"]')) throw new Error('the map broke');
				super.observe(target);
			}
		};
	});
	await page.goto('/');
	const failed = page.locator('[data-view-failed]');
	await expect(failed).toHaveCount(1);
	await expect(failed).toHaveAttribute('data-view-failed', 'The world map');
	await expect(failed).toHaveAttribute('role', 'alert');
	await expect(failed).toContainText(
		'The world map could not be shown. The rest of the page still works.'
	);
	await expect(failed.getByRole('button', { name: 'Reload the page' })).toBeVisible();
	await expect(failed.getByRole('button', { name: 'Try again' })).toBeVisible();
	// The boundary caught it: nothing reached the page as an uncaught error.
	expect(errors).toEqual([]);

	// The other views read and write the same filter state, and still do.
	const timeline = page.locator('[data-view="timeline"][data-ready]');
	await expect(timeline).toBeVisible();
	await page.getByLabel('Search events, States and sessions').fill('Palermo');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/q=Palermo/);
	await expect(page.locator('[data-view="ratifications"]')).toBeVisible();
	await expect(page.getByRole('tab', { name: /^Events/ })).toContainText(/\(\d+\)/);
	await page.getByRole('tab', { name: /^Participants/ }).click();
	await expect(page.getByRole('tabpanel')).toBeVisible();

	// Trying again draws it anew; it throws again here, and the message comes back, not a blank.
	await failed.getByRole('button', { name: 'Try again' }).click();
	await expect(failed).toHaveCount(1);
	expect(errors).toEqual([]);
	expect(await violations(page)).toEqual([]);
});
