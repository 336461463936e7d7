// The dashboard on 100 times the data (the benchmark build's page, which playwright.config.ts serves
// beside the site): the long tables draw only the rows near the view, keep their table semantics
// (aria-rowcount, aria-rowindex), follow the scroll, sort, and draw every row for printing.
import AxeBuilder from '@axe-core/playwright';
import { expectMultiplesFit } from './multiples';
import { expect, test, type Page } from '@playwright/test';

const BENCH = `http://localhost:${Number(process.env.E2E_PORT ?? 4318) + 100}`;

test.describe.configure({ timeout: 120_000 });

async function open(page: Page) {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(`${BENCH}/bench/dashboard?scale=100`);
	await page.waitForFunction(
		() => (window as { __benchReady?: boolean }).__benchReady === true,
		null,
		{
			timeout: 90_000
		}
	);
	await page.locator('.workspace[data-complete]').waitFor();
	return page.evaluate(() => {
		const d = (
			window as unknown as { __benchDataset: { events: unknown[]; copSessions: unknown[] } }
		).__benchDataset;
		return { events: d.events.length, sessions: d.copSessions.length };
	});
}

const rowsOf = (page: Page, table: string) => page.locator(`${table} tbody tr:not([data-spacer])`);

test('the events table on 100× the data draws a window of rows, with aria-rowcount and aria-rowindex', async ({
	page
}) => {
	const n = await open(page);
	const table = page.locator('[data-view="events"] table');
	await expect(table).toHaveAttribute('aria-rowcount', String(n.events + 1));
	await expect(table.locator('thead tr')).toHaveAttribute('aria-rowindex', '1');
	const drawn = await rowsOf(page, '[data-view="events"] table').count();
	expect(drawn).toBeGreaterThan(0);
	expect(drawn).toBeLessThan(120);
	const first = await rowsOf(page, '[data-view="events"] table')
		.first()
		.getAttribute('aria-rowindex');
	expect(first).toBe('2');

	// Scrolled far into the table: the rows in view are drawn, numbered where they stand.
	await table.scrollIntoViewIfNeeded();
	// Once in view the table has its full height (it was skipped while off screen): scroll into it.
	await expect
		.poll(() => page.evaluate(() => document.documentElement.scrollHeight))
		.toBeGreaterThan(50_000);
	await page.evaluate(() => scrollBy(0, 9000));
	await expect
		.poll(async () => {
			const at = await page.evaluate(() => {
				const el = document.elementFromPoint(700, 450)?.closest('tr');
				return el?.getAttribute('aria-rowindex') ?? null;
			});
			return at === null ? 0 : Number(at);
		})
		.toBeGreaterThan(100);
	expect(await rowsOf(page, '[data-view="events"] table').count()).toBeLessThan(120);
	const indexes = await rowsOf(page, '[data-view="events"] table').evaluateAll((rs) =>
		rs.map((r) => Number(r.getAttribute('aria-rowindex')))
	);
	// Consecutive: a window of the sorted rows, not a scattering.
	expect(indexes).toEqual(indexes.map((_, i) => indexes[0]! + i));

	// Sorting still orders every row, not only those drawn.
	await page.evaluate(() => scrollTo(0, 0));
	await table.locator('thead button').first().click();
	await expect(table).toHaveAttribute('aria-rowcount', String(n.events + 1));
	await expect(rowsOf(page, '[data-view="events"] table').first()).toHaveAttribute(
		'aria-rowindex',
		'2'
	);

	const axe = await new AxeBuilder({ page }).include('[data-view="events"]').analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the COP sessions box on 100× the data follows its own scroll to the last session', async ({
	page
}) => {
	const n = await open(page);
	const table = page.locator('table[data-view="cop-sessions"]');
	await expect(table).toHaveAttribute('aria-rowcount', String(n.sessions + 1));
	expect(await rowsOf(page, 'table[data-view="cop-sessions"]').count()).toBeLessThan(60);
	await table.evaluate((t) => {
		const box = t.parentElement!;
		box.scrollTop = box.scrollHeight;
	});
	await expect(table.locator(`tbody tr[aria-rowindex="${n.sessions + 1}"]`)).toBeVisible();
});

test('a search that leaves hundreds of sessions of 100× the data still draws only a window of them', async ({
	page
}) => {
	const n = await open(page);
	const table = page.locator('table[data-view="cop-sessions"]');
	await page.evaluate(() =>
		(
			window as unknown as { __benchFilters: { setQuery(q: string): void } }
		).__benchFilters.setQuery('garcia')
	);
	await expect(table.locator('caption')).toContainText(/\d/);
	await expect
		.poll(async () => Number(await table.getAttribute('aria-rowcount')))
		.toBeLessThan(n.sessions + 1);
	const count = Number(await table.getAttribute('aria-rowcount')) - 1;
	// Fewer than the table's 400-row threshold, more than fit in its box: drawn as a window all the same.
	expect(count).toBeGreaterThan(60);
	expect(count).toBeLessThan(400);
	expect(await rowsOf(page, 'table[data-view="cop-sessions"]').count()).toBeLessThan(60);
	await table.evaluate((t) => {
		const box = t.parentElement!;
		box.scrollTop = box.scrollHeight;
	});
	await expect(table.locator(`tbody tr[aria-rowindex="${count + 1}"]`)).toBeVisible();
	await expect(table.locator(`tbody tr[aria-rowindex="${count + 1}"]`)).toContainText(/garc/i);
});

test('printing draws every row of the long tables, and the window comes back after', async ({
	page
}) => {
	const n = await open(page);
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(rowsOf(page, '[data-view="events"] table')).toHaveCount(n.events);
	await expect(page.locator('[data-view="events"] table')).not.toHaveAttribute('aria-rowcount');
	expect(await page.locator('[data-view="events"] tbody tr[data-spacer]').count()).toBe(0);
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await expect.poll(() => rowsOf(page, '[data-view="events"] table').count()).toBeLessThan(120);
});

// The timeline on 10,000 synthetic events (the bench page): a zoom hands the elements of the marks
// that leave the view to those that come in. Every mark drawn must still name its own event, and the
// focused mark must keep its element, and so the focus, while the marks around it come and go.
test('zooming through 10,000 events: every mark names its own event, and the focused one keeps the focus', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(`${BENCH}/bench?n=10000`);
	await page.waitForFunction(() => (window as { __bench?: unknown }).__bench, null, {
		timeout: 90_000
	});
	const marks = page.locator('#timeline-plot g.event');
	/** Every drawn mark, checked against its own id: synthetic-i is "Synthetic event i+1: …". */
	const truthful = () =>
		marks.evaluateAll((gs) => {
			const ids = gs.map((g) => g.getAttribute('data-event-id') ?? '');
			const wrong = gs.filter((g, i) => {
				const n = Number(ids[i]?.replace('synthetic-', '')) + 1;
				const name = g.getAttribute('aria-label') ?? '';
				const label = g.querySelector('text')?.textContent ?? null;
				return (
					!name.includes(`Synthetic event ${n}:`) ||
					(label !== null && !name.startsWith(label)) ||
					g.querySelectorAll(':scope > path').length !== 1
				);
			});
			return { count: gs.length, unique: new Set(ids).size, wrong: wrong.length };
		});
	const plot = page.locator('#timeline-plot svg');
	const box = (await plot.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
	for (let i = 0; i < 24; i++) {
		await page.mouse.wheel(0, i < 12 ? -120 : 120);
		await page.waitForTimeout(30);
		if (i % 4 === 3) {
			const t = await truthful();
			expect(t.count).toBeGreaterThan(20);
			expect(t.unique).toBe(t.count);
			expect(t.wrong).toBe(0);
		}
	}

	// A mark near the middle takes the focus (a click), and a zoom around it leaves the focus there.
	const middle = await marks.evaluateAll(
		(gs, mid) => {
			const at = (g: Element) => {
				const r = g.querySelector(':scope > path')!.getBoundingClientRect();
				return { id: g.getAttribute('data-event-id'), x: r.x + r.width / 2, y: r.y + r.height / 2 };
			};
			return gs.map(at).sort((a, b) => Math.abs(a.x - mid) - Math.abs(b.x - mid))[0]!;
		},
		box.x + box.width / 2
	);
	const id = middle.id;
	const focused = page.locator(`#timeline-plot g.event[data-event-id="${id}"]`);
	const handle = await focused.elementHandle();
	await page.mouse.click(middle.x, middle.y);
	await expect(focused).toBeFocused();
	for (let i = 0; i < 8; i++) {
		await page.mouse.wheel(0, i < 4 ? -120 : 120);
		await page.waitForTimeout(30);
	}
	await page.waitForTimeout(300);
	expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(id);
	expect(await handle!.evaluate((el) => el === document.activeElement)).toBe(true);
	expect((await truthful()).wrong).toBe(0);
});

test('the growth chart on 100× the data draws one triangle for COP sessions a few pixels apart, naming each', async ({
	page
}) => {
	const n = await open(page);
	const ticks = page.locator('[data-view="ratifications"] g.cop');
	const drawn = await ticks.count();
	expect(drawn).toBeGreaterThan(0);
	expect(drawn).toBeLessThan(n.sessions / 2);
	const titles = await ticks.locator('title').allTextContents();
	const named = titles.flatMap((t) => t.split(', '));
	// Every session is named once, by one triangle or another.
	expect(named).toHaveLength(n.sessions);
	expect(new Set(named).size).toBe(n.sessions);
	// No two triangles are closer than 4 px.
	const xs = await ticks
		.locator('path')
		.evaluateAll((ps) => ps.map((p) => Number(/^M([-\d.]+)/.exec(p.getAttribute('d') ?? '')?.[1])));
	xs.sort((a, b) => a - b);
	for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(4);
});

test('the growth chart on 100× the data has room for its count axis labels, tens of thousands', async ({
	page
}) => {
	await open(page);
	const axis = page.locator('[data-view="ratifications"] .axis-y').first();
	const labels = axis.locator('text');
	expect(await labels.allTextContents()).toContain('20,000');
	// The plot's SVG sits inside the padding; the chart's box, its parent, is what must hold the labels.
	const boxLeft = await axis.evaluate(
		(a) => a.closest('svg')!.parentElement!.getBoundingClientRect().left
	);
	const lefts = await labels.evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().left));
	expect(lefts.length).toBeGreaterThan(2);
	for (const left of lefts) expect(left).toBeGreaterThanOrEqual(boxLeft);
});

test('the regional groups’ small multiples on 100× the data fit their labels, their time axes in line', async ({
	page
}) => {
	await open(page);
	// Counts of thousands: the labels that a 30 px margin cut off.
	expect(await expectMultiplesFit(page)).toBeGreaterThanOrEqual(1000);
});
