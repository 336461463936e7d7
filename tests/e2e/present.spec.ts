import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Tour } from '../../src/lib/data/schema';

const tour: Tour = JSON.parse(
	readFileSync(new URL('../../data/tours/from-geneva-to-vienna.json', import.meta.url), 'utf8')
);
const root = (page: Page) => page.locator('[data-view="presentation"]');
const VIEW_HOOK = {
	timeline: 'timeline',
	ratifications: 'ratifications',
	'cop-sessions': 'cop-sessions'
} as const;

async function expectStop(page: Page, n: number) {
	const stop = tour.stops[n - 1]!;
	await expect(root(page)).toHaveAttribute('data-stop', String(n));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(stop.title);
	await expect(root(page).locator(`[data-view="${VIEW_HOOK[stop.view]}"]`)).toBeVisible();
	await expect(
		root(page).locator('[data-stop-sources] a, [data-stop-sources] cite').first()
	).toBeVisible();
}

test('the default tour steps forward and back with the keyboard, revealing where it asks to', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/present/from-geneva-to-vienna');
	await expectStop(page, 1);
	for (let n = 1; n < tour.stops.length; n++) {
		if (tour.stops[n - 1]?.reveal) {
			await expect(page.locator('[data-hidden-after]')).toBeVisible();
			await page.keyboard.press('ArrowRight'); // the first press reveals
			await expect(page.locator('[data-hidden-after]')).toHaveCount(0);
			await expectStop(page, n);
		}
		await page.keyboard.press(n % 2 ? 'ArrowRight' : 'Space');
		await expectStop(page, n + 1);
		await expect(page).toHaveURL(new RegExp(`stop=${n + 1}`));
	}
	for (let n = tour.stops.length; n > 1; n--) {
		await page.keyboard.press('ArrowLeft');
		await expectStop(page, n - 1);
	}
	await page.keyboard.press('End');
	await expectStop(page, tour.stops.length);
	await page.keyboard.press('Home');
	await expectStop(page, 1);
});

test('a USB clicker’s PageDown and PageUp step the tour, and a stop shows its view’s filters', async ({
	page
}) => {
	await page.goto('/present/from-geneva-to-vienna?stop=8&theme=projector-light');
	await expectStop(page, 8);
	await expect(root(page)).toHaveAttribute('data-theme', 'projector-light');
	await expect(root(page).getByRole('radio', { name: 'In force' })).toBeChecked();
	await page.keyboard.press('PageDown');
	await expectStop(page, 9);
	await expect(root(page).locator('[data-cop-session="1"]')).toHaveClass(/selected/);
	await page.keyboard.press('PageUp');
	await expectStop(page, 8);
	await expect(page).toHaveURL(/stop=8&theme=projector-light/);
});

test('the presenter window follows the presentation and can drive it', async ({
	page,
	context
}) => {
	await page.goto('/present/from-geneva-to-vienna?stop=3');
	await expectStop(page, 3);
	const presenter = await context.newPage();
	await presenter.goto('/present/from-geneva-to-vienna/presenter');
	const view = presenter.locator('[data-view="presenter"]');
	await expect(view).toHaveAttribute('data-stop', '3');
	await expect(view).toContainText(tour.stops[2]!.narration);
	await expect(view).toContainText(tour.stops[3]!.title);
	await page.keyboard.press('ArrowRight');
	await expect(view).toHaveAttribute('data-stop', '4');
	await presenter.getByRole('button', { name: 'Next' }).click();
	await expectStop(page, 5);
	await expect(view).toHaveAttribute('data-stop', '5');
});

test('Escape leaves for the full app at the stop’s view', async ({ page }) => {
	await page.goto('/present/from-geneva-to-vienna?stop=5');
	await expectStop(page, 5);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/\?from=2000-06&to=2001-06&event=ga-resolution-55-25$/);
	await expect(page.locator('[data-details-event]')).toHaveAttribute(
		'data-details-event',
		'ga-resolution-55-25'
	);
});

test('axe-core finds no violations in presentation mode', async ({ page }) => {
	await page.goto('/present/from-geneva-to-vienna?stop=7');
	await expectStop(page, 7);
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
});

test('printing keeps the timeline, its legend and the citation, and drops the controls', async ({
	page
}) => {
	await page.goto('/?from=1994&to=2006');
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-print-citation]')).toBeVisible();
	await expect(page.locator('[data-print-citation]')).toContainText(
		'Cite: UNTOC Timeline contributors'
	);
	await expect(page.locator('[data-view="timeline"] .legend')).toBeVisible();
	await expect(page.locator('[data-view="timeline"] .legend')).toContainText('UN Crime Congress');
	await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeHidden();
	await expect(page.getByLabel('Search events')).toBeHidden();
	const pdf = await page.pdf({ format: 'A4', landscape: true });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
