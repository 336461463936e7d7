// The timeline's figure as a presenter or a journalist sees it: labels whole or absent, no two texts
// on top of each other, no mark cut by the plot's edge, and every mark naming itself on hover and on
// focus. Checked at a laptop's and a projector's size, for the whole span and two windows.
import { expect, test, type Page } from '@playwright/test';
import { applyFilters } from '../../src/lib/state/applyFilters';
import { DEFAULT_FILTERS } from '../../src/lib/state/filters';
import { CATEGORY_LABELS } from '../../src/lib/data/categories';
import { events } from './dataFiles';

const timeline = (page: Page) => page.locator('[data-view="timeline"]');
const open = async (page: Page, query: string) => {
	await page.goto(`/${query}`);
	await page.locator('[data-view="timeline"][data-ready]').waitFor();
	// The layout settles once the fonts are in and the window is applied.
	await page.waitForTimeout(300);
};

const WINDOWS = [
	{ name: 'the whole span', query: '', from: '1975-01-01', to: '2024-12-31' },
	{ name: '1998–2004', query: '?from=1998&to=2004', from: '1998-01-01', to: '2004-12-31' },
	{ name: '2010–2024', query: '?from=2010&to=2024', from: '2010-01-01', to: '2024-12-31' }
];
const SIZES = [
	{ width: 1440, height: 900 },
	{ width: 1920, height: 1080 }
];

interface Box {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Every text of the plot and every mark's shape, as drawn (client boxes), and the plot's box. */
const drawn = (page: Page) =>
	page.locator('#timeline-plot svg').evaluate((svg) => {
		const box = (el: Element, text = '') => {
			const r = el.getBoundingClientRect();
			return { text, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
		};
		const plot = box(svg);
		const texts = [...svg.querySelectorAll('text')]
			.filter((t) => t.getBoundingClientRect().width > 0)
			.map((t) => box(t, t.textContent ?? ''));
		// A mark's shape (not a bar, which may run on past the window's edge), and every cluster chip.
		const marks = [
			...svg.querySelectorAll('g.event > path:first-of-type, g.event > path:only-of-type'),
			...svg.querySelectorAll('g.cluster > rect')
		].map((m) => box(m, m.closest('[data-event-id]')?.getAttribute('data-event-id') ?? 'cluster'));
		const labels = [...svg.querySelectorAll('g.event')].flatMap((g) => {
			const t = g.querySelector('text');
			return t ? [{ id: g.getAttribute('data-event-id') ?? '', text: t.textContent ?? '' }] : [];
		});
		return { plot, texts, marks, labels };
	});

const overlap = (a: Box, b: Box) =>
	a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

for (const size of SIZES) {
	for (const w of WINDOWS) {
		test(`at ${size.width}×${size.height}, ${w.name}: labels are whole, no texts overlap, no mark is cut`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			await open(page, w.query);
			const { plot, texts, marks, labels } = await drawn(page);
			expect(labels.length).toBeGreaterThan(5);
			// Whole: each label is its event's title or its short title, never a cut one.
			const byId = new Map(events.map((e) => [e.id, e]));
			for (const l of labels) {
				expect(l.text).not.toContain('…');
				const e = byId.get(l.id);
				expect([e?.title, e?.shortTitle]).toContain(l.text);
			}
			for (let i = 0; i < texts.length; i++)
				for (let j = i + 1; j < texts.length; j++) {
					const [a, b] = [texts[i] as Box, texts[j] as Box];
					expect(overlap(a, b), `"${a.text}" overlaps "${b.text}"`).toBe(false);
				}
			for (const t of texts) {
				expect(t.left, `"${t.text}" starts left of the plot`).toBeGreaterThanOrEqual(
					plot.left - 0.5
				);
				expect(t.right, `"${t.text}" runs past the plot`).toBeLessThanOrEqual(plot.right + 0.5);
			}
			for (const m of marks) {
				expect(m.left, `${m.text} is cut at the left`).toBeGreaterThanOrEqual(plot.left - 0.5);
				expect(m.right, `${m.text} is cut at the right`).toBeLessThanOrEqual(plot.right + 0.5);
			}
			// The lane counts are the window's, as the categories menu counts it.
			const inWindow = applyFilters(events, {
				...DEFAULT_FILTERS,
				window: w.query ? { from: w.from, to: w.to } : null
			});
			const legend = timeline(page).getByRole('list', { name: 'Categories' });
			for (const [id, label] of Object.entries(CATEGORY_LABELS)) {
				const n = inWindow.filter((e) => e.category === id).length;
				await expect(legend.getByRole('listitem').filter({ hasText: label })).toContainText(
					String(n)
				);
			}
		});
	}
}

test('a mark without a label names itself on hover and on focus; Esc puts the tooltip away', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await open(page, '');
	const unlabelled = timeline(page).locator('g.event:not(:has(text))').first();
	const id = (await unlabelled.getAttribute('data-event-id')) ?? '';
	const event = events.find((e) => e.id === id);
	expect(event).toBeDefined();
	await unlabelled.locator('path').first().hover();
	const tip = timeline(page).locator('.mark-tip');
	await expect(tip).toContainText(event?.title ?? '');
	// Inside the window.
	const box = (await tip.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(1440);
	expect(box.y + box.height).toBeLessThanOrEqual(900);
	await page.keyboard.press('Escape');
	await expect(tip).toHaveCount(0);
	await page.mouse.move(0, 0);

	// By keyboard: the tab stop's tooltip shows on focus, the next event's on the arrow key.
	await timeline(page).locator('g.event[tabindex="0"]').focus();
	await expect(tip).toHaveCount(1);
	await page.keyboard.press('ArrowRight');
	const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
	const title = events.find((e) => e.id === focused)?.title ?? '';
	await expect(tip).toContainText(title);
	await page.keyboard.press('Escape');
	await expect(tip).toHaveCount(0);
});

test('the two events of 12 December 1996 each stand as their own mark and name themselves', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await open(page, '');
	const sameDay = events.filter((e) => e.date === '1996-12-12');
	expect(sameDay).toHaveLength(2);
	for (const e of sameDay) {
		const mark = timeline(page).locator(`g.event[data-event-id="${e.id}"]`);
		// Stacked in the lane's rows rather than hidden in a "+2" that zooming cannot open.
		await expect(mark).toHaveCount(1);
		await mark.locator('path').first().hover();
		await expect(timeline(page).locator('.mark-tip')).toContainText(e.title);
		await expect(mark).toHaveAttribute('aria-label', new RegExp(`12 December 1996$`));
	}
});

test('clicking a label selects its event', async ({ page }) => {
	await open(page, '?from=1998&to=2004');
	const label = timeline(page).locator('g.event text').first();
	const id = await label.evaluate((t) => t.closest('g.event')?.getAttribute('data-event-id'));
	await label.click();
	await expect(page).toHaveURL(new RegExp(`event=${id}`));
});
