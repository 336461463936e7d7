import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { applyFilters } from '../../src/lib/state/applyFilters';
import { fromQuery } from '../../src/lib/state/url';
import { events } from './dataFiles';

const timeline = (page: Page) => page.locator('[data-view="timeline"]');

// Every test starts once the page is interactive: the timeline marks itself ready after hydration.
test.beforeEach(async ({ page }) => {
	const goto = page.goto.bind(page);
	page.goto = async (url, options) => {
		const response = await goto(url, options);
		await page.locator('[data-view="timeline"][data-ready]').waitFor();
		return response;
	};
});
const granularity = (page: Page) =>
	page.locator('#timeline-plot .axis').getAttribute('data-granularity');

test('zooming in changes the axis from years to months to days', async ({ page }) => {
	await page.goto('/');
	const zoomIn = timeline(page).getByRole('button', { name: 'Zoom in', exact: true });
	const seen: string[] = [(await granularity(page)) ?? ''];
	expect(['decade', 'year']).toContain(seen[0]);
	for (let i = 0; i < 11; i++) {
		await zoomIn.click();
		await page.waitForTimeout(260);
		const g = (await granularity(page)) ?? '';
		if (g !== seen.at(-1)) seen.push(g);
	}
	expect(seen.slice(-3)).toEqual(['year', 'month', 'day']);
	// The window is in the URL, and the reset button brings back the whole span.
	await expect(page).toHaveURL(/from=.*&to=/);
	await timeline(page).getByRole('button', { name: 'Show 1975–2024' }).click();
	await expect(page).not.toHaveURL(/from=/);
	await expect.poll(() => granularity(page)).toMatch(/decade|year/);
});

test('the mouse wheel zooms the timeline around the pointer', async ({ page }) => {
	await page.goto('/');
	const plot = page.locator('#timeline-plot');
	await plot.scrollIntoViewIfNeeded();
	const box = (await plot.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
	for (let i = 0; i < 5; i++) {
		await page.mouse.wheel(0, -400);
		await page.waitForTimeout(60);
	}
	await expect(page).toHaveURL(/from=(199|200)\d/);
	const from = Number(new URL(page.url()).searchParams.get('from')?.slice(0, 4));
	const to = Number(new URL(page.url()).searchParams.get('to')?.slice(0, 4));
	expect(to - from).toBeLessThan(25);
	expect(from).toBeLessThan(2000);
	expect(to).toBeGreaterThan(2000);
});

test('clicking a cluster zooms to it until its events stand apart', async ({ page }) => {
	await page.goto('/');
	const chip = timeline(page).locator('[data-cluster-size]').first();
	const ids = ((await chip.getAttribute('data-event-ids')) ?? '').split(' ');
	expect(ids.length).toBe(Number(await chip.getAttribute('data-cluster-size')));
	expect(ids.length).toBeGreaterThan(1);
	const shown = async (id: string) =>
		(await timeline(page).locator(`g.event[data-event-id="${id}"]`).count()) > 0 ||
		(await page.getByRole('dialog', { name: 'Events in this cluster' }).count()) > 0;
	for (let i = 0; i < 8; i++) {
		const all = await Promise.all(ids.map(shown));
		if (all.every(Boolean)) break;
		const holding = timeline(page).locator(
			`[data-cluster-size][data-event-ids~="${ids[all.indexOf(false)]}"]`
		);
		await holding.click();
		await page.waitForTimeout(350);
	}
	for (const id of ids) expect(await shown(id)).toBe(true);
	await expect(page).toHaveURL(/from=/);
});

test('keyboard only: tab to the timeline, move between events, open and close the details', async ({
	page
}) => {
	await page.goto('/');
	let reached = false;
	for (let i = 0; i < 40 && !reached; i++) {
		await page.keyboard.press('Tab');
		reached = await page.evaluate(
			() =>
				!!document.activeElement?.closest('[data-view="timeline"]') &&
				document.activeElement?.hasAttribute('data-event-id')
		);
	}
	expect(reached).toBe(true);
	const first = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
	const ordered = [...events].sort((a, b) =>
		a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1
	);
	expect(first).toBe(ordered[0]?.id);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
	expect(focused).toBe(ordered[2]?.id);
	await page.keyboard.press('Enter');
	const details = page.locator('[data-details-event]');
	await expect(details).toHaveAttribute('data-details-event', focused ?? '');
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(ordered[2]?.title ?? '');
	await expect(page).toHaveURL(new RegExp(`event=${focused}`));
	await page.keyboard.press('Escape');
	await expect(details).toHaveCount(0);
	await expect(page).not.toHaveURL(/event=/);
	expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(
		focused
	);
	// The focused event stays in view when the keys walk past the window's edge.
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await page.waitForTimeout(300);
	for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
	const id = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
	expect(id).toBe(ordered[17]?.id);
	const plot = (await page.locator('#timeline-plot').boundingBox())!;
	const mark = (await page.locator(`g.event[data-event-id="${id}"] path`).first().boundingBox())!;
	expect(mark.x).toBeGreaterThanOrEqual(plot.x);
	expect(mark.x + mark.width).toBeLessThanOrEqual(plot.x + plot.width);
});

const deepLink =
	'from=1998&to=2004-06&categories=general-assembly,negotiation,signature&instruments=UNTOC,TIP&q=committee&event=ad-hoc-committee-first-session-1999';

test('a deep link restores the window, filters, search and selected event, also after a reload', async ({
	page
}) => {
	const params = new URLSearchParams(deepLink);
	const { filters, ignored } = fromQuery(params, { eventIds: new Set(events.map((e) => e.id)) });
	expect(ignored).toEqual([]);
	const expected = applyFilters(events, filters).map((e) => e.id);
	expect(expected.length).toBeGreaterThan(0);
	for (const load of ['goto', 'reload'] as const) {
		if (load === 'goto') await page.goto(`/?${deepLink}`);
		else {
			await page.reload();
			await timeline(page).and(page.locator('[data-ready]')).waitFor();
		}
		await expect(page.locator('[data-details-event]')).toHaveAttribute(
			'data-details-event',
			'ad-hoc-committee-first-session-1999'
		);
		await expect(page.getByLabel('Search events')).toHaveValue('committee');
		await expect(page.getByLabel('From', { exact: true })).toHaveValue('1 January 1998');
		await expect(page.getByLabel('To', { exact: true })).toHaveValue('30 June 2004');
		const rows = page.locator('[data-view="events"] tbody tr:not([hidden])[data-event-id]');
		await expect(rows).toHaveCount(expected.length);
		expect(
			new Set(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-event-id'))))
		).toEqual(new Set(expected));
		await expect(page.locator('[data-filter-summary]')).toContainText(
			`showing ${expected.length} of ${events.length}`
		);
		await expect(timeline(page).locator('.window')).toHaveText('1 January 1998 – 30 June 2004');
		expect(new URL(page.url()).search).toBe(`?${deepLink}`);
	}
});

test('back and forward move through filter states', async ({ page }) => {
	await page.goto('/');
	await page.locator('summary', { hasText: 'Categories' }).click();
	const congress = page.getByRole('checkbox', { name: /UN Crime Congress/ });
	await congress.uncheck();
	await expect(page).toHaveURL(/categories=/);
	await page.waitForTimeout(1100);
	await page.getByRole('checkbox', { name: /Other/ }).uncheck();
	await expect(page).toHaveURL(/categories=(?!.*other)/);
	await page.goBack();
	await expect(page.getByRole('checkbox', { name: /Other/ })).toBeChecked();
	await expect(congress).not.toBeChecked();
	await page.goBack();
	await expect(congress).toBeChecked();
	await expect(page.locator('[data-view="events"] tbody tr:not([hidden])')).toHaveCount(
		events.length
	);
	await page.goForward();
	await expect(congress).not.toBeChecked();
});

test('two actions within one frame are two history entries, in order', async ({ page }) => {
	await page.goto('/');
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	await page.locator('summary', { hasText: 'Categories' }).click();
	const congress = page.getByRole('checkbox', { name: /UN Crime Congress/ });
	const other = page.getByRole('checkbox', { name: /Other/ });
	// Each in its own task, both before the next frame: the address is written after that frame.
	await page.evaluate(async () => {
		const box = (name: RegExp) =>
			[...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) =>
				name.test(b.labels?.[0]?.textContent ?? '')
			)!;
		box(/UN Crime Congress/).click();
		await new Promise((r) => setTimeout(r, 0));
		box(/Other/).click();
	});
	await expect(page).toHaveURL(/categories=(?!.*other)(?!.*congress)/);
	await page.goBack();
	await expect(other).toBeChecked();
	await expect(congress).not.toBeChecked();
	await expect(page).toHaveURL(/categories=(?!.*congress).*other/);
	await page.goBack();
	await expect(congress).toBeChecked();
	await expect(page).not.toHaveURL(/categories=/);
});

test('a garbage query is ignored with a notice, and the page still works', async ({ page }) => {
	await page.goto('/?from=abc&to=2030&categories=cop,bogus&event=nope&zzz=1');
	const notice = page.locator('[data-query-notice]');
	await expect(notice).toBeVisible();
	for (const text of ['from=abc', 'to=2030', 'bogus', 'event=nope', 'zzz=1'])
		await expect(notice).toContainText(text);
	await expect(page.locator('[data-view="events"] tbody tr:not([hidden])')).toHaveCount(
		events.filter((e) => e.category === 'cop').length
	);
	await expect(page).toHaveURL(/\?categories=cop$/);
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
});

test('search highlights its matches and filters every view', async ({ page }) => {
	await page.goto('/?q=palermo');
	// The search's rule, on the file itself: the term in an event's title, description or place,
	// whatever its case (for a term with no accent or apostrophe, folding them changes nothing).
	const expected = events
		.filter((e) => [e.title, e.description, e.location].some((t) => /palermo/i.test(t ?? '')))
		.map((e) => e.id)
		.sort();
	expect(expected.length).toBeGreaterThan(0);
	expect(expected.length).toBeLessThan(events.length);
	const rows = page.locator('[data-view="events"] tbody tr:not([hidden])');
	await expect(rows.first().locator('mark').first()).toHaveText(/palermo/i);
	const rowIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')));
	expect(rowIds.sort()).toEqual(expected);
	// Every event the timeline draws, alone or inside a cluster chip, is one the search found, and
	// every one it found is drawn.
	const drawn = await timeline(page)
		.locator('[data-event-id], [data-event-ids]')
		.evaluateAll((els) =>
			els.flatMap((el) =>
				(el.getAttribute('data-event-id') ?? el.getAttribute('data-event-ids') ?? '').split(' ')
			)
		);
	expect([...new Set(drawn)].sort()).toEqual(expected);
});

test('axe-core finds no violations with the details panel open', async ({ page }) => {
	await page.goto('/?event=cop-1&from=2003&to=2006');
	await expect(page.locator('[data-details-event]')).toBeVisible();
	test.setTimeout(120_000); // axe walks every node of a page with a 198-row table
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
	).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test('the timeline becomes a vertical list whose events open their details', async ({ page }) => {
		await page.goto('/');
		const list = timeline(page).locator('ol.years');
		await expect(list).toBeVisible();
		await expect(list.locator('[data-event-id]')).toHaveCount(events.length);
		await list.locator('[data-event-id="cop-1"] button').click();
		await expect(page.locator('[data-details-event]')).toHaveAttribute(
			'data-details-event',
			'cop-1'
		);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(360);
	});
});

test.describe('on a touch phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
	test('at 390×844, tapping an event puts its details on screen, and closing returns to the list', async ({
		page
	}) => {
		await page.goto('/');
		const item = timeline(page).locator('[data-event-id="cop-5"] button');
		await item.scrollIntoViewIfNeeded();
		await item.tap();
		const title = page.locator('#details-title');
		await expect(title).toBeFocused();
		await expect(title).toBeInViewport();
		await page.locator('[data-details-event]').getByRole('button', { name: /Close/ }).tap();
		await expect(item).toBeFocused();
		await expect(item).toBeInViewport();
	});
});
