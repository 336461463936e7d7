import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from './calendarDate';
import {
	layoutTimeline,
	rowsUsed,
	sortItems,
	type LayoutItem,
	type LayoutNode,
	type LayoutOptions
} from './timelineLayout';

const measure = (t: string) => t.length * 7;
const opts = (extra: Partial<LayoutOptions> = {}): LayoutOptions => ({
	x: (d) => d, // one pixel per day
	range: [0, 1000],
	radius: 5,
	gap: 2,
	labelGap: 4,
	chipWidth: 30,
	measure,
	...extra
});
const item = (
	id: string,
	at: number,
	lane = 0,
	end: number | null = null,
	label = id,
	short: string | null = null
): LayoutItem => ({
	id,
	lane,
	at,
	end,
	label,
	short
});
const ids = (lane: LayoutNode[] | undefined) =>
	lane?.map((n) => (n.kind === 'event' ? `${n.item.id}@${n.row}` : `+${n.items.length}@${n.row}`));

describe('layoutTimeline', () => {
	it('layoutTimeline puts each item in its own lane, in lane order', () => {
		const lanes = layoutTimeline(sortItems([item('b', 100, 2), item('a', 100, 0)]), opts());
		expect(lanes).toHaveLength(3);
		expect(lanes[0]?.map((n) => n.kind === 'event' && n.item.id)).toEqual(['a']);
		expect(lanes[1]).toEqual([]);
		expect(lanes[2]?.map((n) => n.kind === 'event' && n.item.id)).toEqual(['b']);
	});

	it('layoutTimeline merges overlapping marks into one cluster that holds them all', () => {
		const [lane] = layoutTimeline(
			sortItems([item('a', 100), item('b', 104), item('c', 108), item('d', 300)]),
			opts()
		);
		expect(lane?.map((n) => n.kind)).toEqual(['cluster', 'event']);
		const cluster = lane?.[0];
		expect(cluster?.kind === 'cluster' && cluster.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
		expect(cluster?.kind === 'cluster' && [cluster.from, cluster.to]).toEqual([100, 108]);
	});

	it('layoutTimeline keeps marks apart once zoomed in far enough', () => {
		const items = sortItems([item('a', 100), item('b', 104), item('c', 108)]);
		const [lane] = layoutTimeline(items, opts({ x: (d) => d * 10, range: [0, 5000] }));
		expect(lane?.map((n) => n.kind)).toEqual(['event', 'event', 'event']);
	});

	it('layoutTimeline never merges a pinned item, even when it overlaps', () => {
		const items = sortItems([item('a', 100), item('b', 103), item('c', 106)]);
		const [lane] = layoutTimeline(items, opts({ pinned: new Set(['b']) }));
		expect(lane?.map((n) => (n.kind === 'event' ? n.item.id : `+${n.items.length}`))).toEqual([
			'a',
			'b',
			'c'
		]);
	});

	it('layoutTimeline draws a bar across its span and clusters what it overlaps', () => {
		const [lane] = layoutTimeline(
			sortItems([item('bar', 100, 0, 200), item('in', 150), item('after', 400)]),
			opts()
		);
		expect(lane?.map((n) => n.kind)).toEqual(['cluster', 'event']);
		const [alone] = layoutTimeline(sortItems([item('bar', 100, 0, 200)]), opts());
		expect(alone?.[0]).toMatchObject({ kind: 'event', x0: 95, x1: 205 });
	});

	it('layoutTimeline skips items off-screen on either side, and marks the edge would cut', () => {
		const [lane] = layoutTimeline(
			sortItems([
				item('l', -50),
				item('cut', 2),
				item('in', 500),
				item('edge', 997),
				item('r', 1200)
			]),
			opts()
		);
		expect(lane?.map((n) => n.kind === 'event' && n.item.id)).toEqual(['in']);
		// A bar that runs off the edge is still drawn: only its end is outside.
		const [bars] = layoutTimeline(sortItems([item('long', -50, 0, 300)]), opts());
		expect(bars?.map((n) => n.kind === 'event' && n.item.id)).toEqual(['long']);
	});

	it('layoutTimeline stacks an event in the next row rather than cut a label', () => {
		const items = sortItems([
			item('a', 100, 0, null, 'A long label here'),
			item('b', 170, 0, null, 'Short'),
			item('c', 400)
		]);
		const [lane] = layoutTimeline(items, opts({ rows: 2 }));
		expect(ids(lane)).toEqual(['a@0', 'b@1', 'c@0']);
		expect(lane?.map((n) => n.kind === 'event' && n.label)).toEqual([
			'A long label here',
			'Short',
			'c'
		]);
		expect(rowsUsed([lane ?? []])).toEqual([2]);
	});

	it('layoutTimeline drops a label that is in the way when no row is left, never cutting it', () => {
		const items = sortItems([item('a', 100, 0, null, 'A long label here'), item('b', 170)]);
		const [lane] = layoutTimeline(items, opts());
		expect(lane?.map((n) => n.kind === 'event' && [n.item.id, n.label])).toEqual([
			['a', null],
			['b', 'b']
		]);
		// With a short title that clears the next mark, the short title is kept instead.
		const withShort = sortItems([
			item('a', 100, 0, null, 'A long label here', 'A lo'),
			item('b', 170)
		]);
		const [short] = layoutTimeline(withShort, opts());
		expect(short?.map((n) => n.kind === 'event' && n.label)).toEqual(['A lo', 'b']);
	});

	it('layoutTimeline gives a pinned event its label, taking it from the event in the way', () => {
		// b fits after a's label, but its own label fits only to its left, where a's label is.
		const items = sortItems([
			item('a', 100, 0, null, 'A long label here'),
			item('b', 240, 0, null, 'Bee')
		]);
		const plain = layoutTimeline(items, opts({ range: [0, 260] }))[0];
		expect(plain?.map((n) => n.kind === 'event' && n.label)).toEqual(['A long label here', null]);
		const [lane] = layoutTimeline(items, opts({ range: [0, 260], pinned: new Set(['b']) }));
		expect(lane?.map((n) => n.kind === 'event' && [n.item.id, n.label, n.labelX])).toEqual([
			['a', null, 105 + 4],
			['b', 'Bee', 235 - 4 - 21]
		]);
	});

	it('layoutTimeline takes the short title where the title does not fit', () => {
		const items = sortItems([item('a', 100, 0, null, 'A title far too long to fit', 'Short one')]);
		const [lane] = layoutTimeline(items, opts({ range: [0, 250] }));
		expect(lane?.[0]).toMatchObject({ kind: 'event', label: 'Short one', labelX: 109 });
	});

	it('layoutTimeline puts a label left of its mark near the right edge', () => {
		const [lane] = layoutTimeline(sortItems([item('a', 950, 0, null, 'Near the end')]), opts());
		// 12 characters × 7 px = 84 px, ending 4 px before the mark's left edge (945).
		expect(lane?.[0]).toMatchObject({ kind: 'event', label: 'Near the end', labelX: 945 - 4 - 84 });
	});

	it('layoutTimeline keeps nodes and whole labels apart in each row and accounts for every item in the window (property)', () => {
		const itemArb = fc.record({
			at: fc.integer({ min: -100, max: 1100 }),
			lane: fc.integer({ min: 0, max: 3 }),
			len: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
			label: fc.string({ minLength: 1, maxLength: 30 }),
			short: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: null })
		});
		fc.assert(
			fc.property(
				fc.array(itemArb, { maxLength: 120 }),
				fc.double({ min: 0.2, max: 20, noNaN: true }),
				fc.boolean(),
				fc.integer({ min: 1, max: 3 }),
				(raw, k, skip, rows) => {
					const items = sortItems(
						raw.map((r, i) =>
							item(`e${i}`, r.at, r.lane, r.len === null ? null : r.at + r.len, r.label, r.short)
						)
					);
					const o = opts({ x: (d) => d * k, invert: skip ? (px) => px / k : undefined, rows });
					const lanes = layoutTimeline(items, o);
					const seen: string[] = [];
					for (const lane of lanes) {
						const byRow = new Map<number, [number, number][]>();
						for (const n of lane) {
							expect(n.row).toBeLessThan(rows);
							seen.push(...(n.kind === 'event' ? [n.item.id] : n.items.map((it) => it.id)));
							let [a, b] = [n.x0, n.x1];
							if (n.kind === 'event' && n.label !== null) {
								expect([n.item.label, n.item.short]).toContain(n.label);
								const end = n.labelX + measure(n.label);
								expect(n.labelX).toBeGreaterThanOrEqual(o.range[0] - 1e-9);
								expect(end).toBeLessThanOrEqual(o.range[1] + 1e-9);
								[a, b] = [Math.min(a, n.labelX), Math.max(b, end)];
							}
							if (n.kind === 'cluster') expect(n.items.length).toBeGreaterThan(1);
							const spans = byRow.get(n.row) ?? [];
							for (const [c, d] of spans)
								expect(a >= d + o.gap - 1e-9 || b <= c - o.gap + 1e-9).toBe(true);
							spans.push([a, b]);
							byRow.set(n.row, spans);
						}
					}
					const inWindow = items.filter((it) => {
						const xa = it.at * k;
						const xb = Math.max(xa, (it.end ?? it.at) * k);
						const [l, r] = [xa - o.radius, xb + o.radius];
						const mark = xb - xa <= 2 * o.radius;
						return mark ? l >= o.range[0] && r <= o.range[1] : r >= o.range[0] && l <= o.range[1];
					});
					expect(seen.sort()).toEqual(inWindow.map((v) => v.id).sort());
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('layoutTimeline on real and synthetic events', () => {
	it('layoutTimeline on 50,000 synthetic events at full zoom stays within what the screen can show', async () => {
		const { syntheticEvents } = await import('$fixtures/syntheticEvents');
		const { eventsToItems } = await import('./timelineItems');
		const { CATEGORY_IDS } = await import('./schema');
		const items = sortItems(eventsToItems(syntheticEvents(50_000), CATEGORY_IDS));
		const span = [dayNumber('1975-01-01'), dayNumber('2025-01-01')] as const;
		const width = 1000;
		// Kept clear of the edges as the timeline keeps its window, so every mark is whole.
		const inset = 8;
		const k = (width - 2 * inset) / (span[1] - span[0]);
		const lanes = layoutTimeline(
			items,
			opts({
				x: (d) => inset + (d - span[0]) * k,
				invert: (px) => (px - inset) / k + span[0],
				range: [0, width]
			})
		);
		const nodes = lanes.flat();
		expect(nodes.length).toBeLessThan((CATEGORY_IDS.length * width) / 30 + CATEGORY_IDS.length);
		const held = nodes.reduce((n, x) => n + (x.kind === 'event' ? 1 : x.items.length), 0);
		expect(held).toBe(50_000);
	});
	it('layoutTimeline on the real events separates every event once zoomed to a year', async () => {
		const { dataset } = await import('../../../tests/unit/loadData');
		const { eventsToItems } = await import('./timelineItems');
		const { CATEGORY_IDS } = await import('./schema');
		const items = sortItems(eventsToItems(dataset.events, CATEGORY_IDS));
		const from = dayNumber('2000-01-01');
		const k = 1000 / 366;
		const lanes = layoutTimeline(
			items,
			opts({ x: (d) => (d - from) * k, invert: (px) => px / k + from, range: [0, 1000] })
		);
		const nodes = lanes.flat();
		expect(nodes.length).toBeGreaterThan(3);
		// In 2000 the real events are days or weeks apart: none overlaps another at this zoom.
		expect(nodes.filter((n) => n.kind === 'cluster')).toEqual([]);
	});
});
