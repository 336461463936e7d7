// The dashboard on 100 times the data (the benchmark build's page, which playwright.config.ts serves
// beside the site): the long tables draw only the rows near the view, keep their table semantics
// (aria-rowcount, aria-rowindex), follow the scroll, sort, and draw every row for printing.
import AxeBuilder from '@axe-core/playwright';
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
	await page.evaluate(() => scrollBy(0, 6000));
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
