import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Tour } from '../../src/lib/data/schema';
import { events } from './dataFiles';

const tour: Tour = JSON.parse(
	readFileSync(new URL('../../data/tours/from-geneva-to-vienna.json', import.meta.url), 'utf8')
);
const root = (page: Page) => page.locator('[data-view="presentation"]');
const VIEW_HOOK = {
	timeline: 'timeline',
	ratifications: 'ratifications',
	'cop-sessions': 'cop-sessions',
	map: 'map'
} as const;

async function expectStop(page: Page, n: number) {
	const stop = tour.stops[n - 1]!;
	// Keys pressed before the page has hydrated go nowhere, as for a person: wait until it listens.
	await expect(root(page)).toHaveAttribute('data-ready', '');
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
	// The stage has no chart controls: the stop's measure shows in the figure's axis title.
	await expect(root(page).locator('[data-view="ratifications"] svg')).toContainText(
		'Parties for which it is in force'
	);
	await expect(root(page).getByRole('radio')).toHaveCount(0);
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
	// The presenter's own notes, not the narration, and the next stop with a live miniature of it.
	await expect(view.locator('[data-presenter-notes]')).toHaveText(tour.stops[2]!.notes ?? '');
	expect(tour.stops[2]!.notes).not.toBe(tour.stops[2]!.narration);
	await expect(view).toContainText(tour.stops[3]!.title);
	await expect(
		view.locator('[data-next-preview] [data-view="timeline"] g.event').first()
	).toBeVisible();
	await expect(view.getByLabel('Time on this stop')).toHaveText(/^\d+:\d\d$/);
	await page.keyboard.press('ArrowRight');
	await expect(view).toHaveAttribute('data-stop', '4');
	await presenter.getByRole('button', { name: 'Next' }).click();
	await expectStop(page, 5);
	await expect(view).toHaveAttribute('data-stop', '5');
});

// The stage's figures (the timeline, the chart and the map) are one chunk outside the first paint: the
// one whose exports name them.
const isFiguresChunk = (body: string) =>
	/as StageTimeline\b/.test(body) &&
	/as RatificationChart\b/.test(body) &&
	/as WorldMap\b/.test(body);

test('once the first stop is up, the figures and the map load while idle: every stop draws with the network gone', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await page.goto('/present/from-geneva-to-vienna');
	await expectStop(page, 1);
	// Everything the page asks for of its own accord, then no network at all.
	await page.waitForLoadState('networkidle');
	await context.setOffline(true);
	const requested: string[] = [];
	page.on('request', (r) => requested.push(r.url()));
	for (let n = 1; n < tour.stops.length; n++) {
		await page.keyboard.press('ArrowRight');
		if (tour.stops[n - 1]?.reveal && (await root(page).getAttribute('data-stop')) === String(n))
			await page.keyboard.press('ArrowRight');
		await expectStop(page, n + 1);
		if (tour.stops[n]!.view === 'map')
			await expect(root(page).locator('[data-view="map"][data-ready]')).toBeVisible();
		await expect(page.locator('[data-view-failed]')).toHaveCount(0);
	}
	expect(tour.stops.some((s) => s.view === 'map')).toBe(true);
	// Nothing was left to fetch once the room went offline.
	expect(requested.filter((u) => !u.startsWith('data:'))).toEqual([]);
});

test('figures that cannot be loaded are said so on the stage while the tour still steps, and Try again draws them at the same stop', async ({
	page
}) => {
	let blocked = true;
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (blocked && isFiguresChunk(body)) return route.abort('internetdisconnected');
		return route.fulfill({ response, body });
	});
	await page.goto('/present/from-geneva-to-vienna');
	await expect(root(page)).toHaveAttribute('data-ready', '');
	const failed = root(page).locator('[data-view-failed]');
	await expect(failed).toBeVisible();
	await expect(failed).toHaveAttribute('role', 'alert');
	await expect(failed).toContainText('could not be shown');
	await expect(root(page).locator('[data-stage]')).toHaveCount(0);
	// The keys, the text and the sources do not wait on the figures.
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(tour.stops[1]!.title);
	blocked = false;
	await failed.getByRole('button', { name: 'Try again' }).click();
	await expectStop(page, 2);
	await expect(page.locator('[data-view-failed]')).toHaveCount(0);
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

for (const theme of ['projector', 'projector-light'] as const) {
	test(`every stop at 1920×1080 (${theme}): no control once the pointer rests, text at least 20 px, the stop's events labelled whole`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.goto(`/present/from-geneva-to-vienna?theme=${theme}`);
		await expectStop(page, 1);
		await page.mouse.move(400, 400);
		const nav = root(page).getByRole('navigation', { name: 'Presentation' });
		await expect(nav).toHaveCSS('opacity', '1');
		// Rested: the chrome fades, and the keys still step the tour.
		await page.waitForTimeout(2500);
		for (let n = 1; n <= tour.stops.length; n++) {
			const stop = tour.stops[n - 1]!;
			await expectStop(page, n);
			await expect(nav).toHaveCSS('opacity', '0');
			await page.waitForTimeout(1300); // the window's flight between timeline stops ends
			const smallest = await page.evaluate(() => {
				let min = { size: Infinity, text: '' };
				const walker = document.createTreeWalker(
					document.querySelector('[data-view="presentation"]')!,
					NodeFilter.SHOW_TEXT
				);
				while (walker.nextNode()) {
					const t = walker.currentNode as Text;
					const el = t.parentElement!;
					if (!t.textContent?.trim()) continue;
					const range = document.createRange();
					range.selectNodeContents(t);
					const r = range.getBoundingClientRect();
					if (!r.width || r.bottom < 0 || r.top > innerHeight) continue;
					let opacity = 1;
					for (let e: Element | null = el; e; e = e.parentElement)
						opacity *= Number(getComputedStyle(e).opacity);
					if (opacity < 0.05) continue;
					// SVG text may be drawn larger than its font size (a scaled figure): measure as drawn.
					let size = parseFloat(getComputedStyle(el).fontSize);
					if (el instanceof SVGGraphicsElement) {
						const box = el.getBBox();
						if (box.height > 0) size *= el.getBoundingClientRect().height / box.height;
					}
					if (size < min.size) min = { size, text: t.textContent.trim().slice(0, 40) };
				}
				return min;
			});
			expect(smallest.size, `stop ${n}: "${smallest.text}"`).toBeGreaterThanOrEqual(20);
			if (stop.view === 'timeline') {
				for (const id of stop.events) {
					const event = events.find((e) => e.id === id)!;
					const label = root(page).locator(`g.event[data-event-id="${id}"] text`);
					await expect(label, `stop ${n}: ${id}`).toHaveCount(1);
					expect([event.title, event.shortTitle]).toContain(await label.textContent());
				}
			}
			if (n < tour.stops.length) {
				if (stop.reveal) await page.keyboard.press('PageDown'); // reveal first
				await page.keyboard.press(n % 2 ? 'ArrowRight' : 'PageDown');
			}
		}
	});
}
