import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from './calendarDate';
import {
	fitLabel,
	layoutTimeline,
	sortItems,
	type LayoutItem,
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
	label = id
): LayoutItem => ({
	id,
	lane,
	at,
	end,
	label
});

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

	it('layoutTimeline skips items off-screen on either side', () => {
		const [lane] = layoutTimeline(
			sortItems([item('l', -50), item('in', 500), item('r', 1200)]),
			opts()
		);
		expect(lane?.map((n) => n.kind === 'event' && n.item.id)).toEqual(['in']);
	});

	it('layoutTimeline shortens or drops a label rather than let it reach the next node', () => {
		const items = sortItems([
			item('a', 100, 0, null, 'A long label here'),
			item('b', 170, 0, null, 'Short'),
			item('c', 190)
		]);
		const [lane] = layoutTimeline(items, opts());
		const [a, b] = lane ?? [];
		// a's label starts at 109 and must end by b's left edge (165) minus the gap: 54 px.
		expect(a?.kind === 'event' && a.label).toBe('A long…');
		expect(b?.kind === 'event' && b.label).toBeNull();
	});

	it('layoutTimeline keeps nodes and labels apart and accounts for every visible item (property)', () => {
		const itemArb = fc.record({
			at: fc.integer({ min: -100, max: 1100 }),
			lane: fc.integer({ min: 0, max: 3 }),
			len: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
			label: fc.string({ minLength: 1, maxLength: 30 })
		});
		fc.assert(
			fc.property(
				fc.array(itemArb, { maxLength: 120 }),
				fc.double({ min: 0.2, max: 20, noNaN: true }),
				fc.boolean(),
				(raw, k, skip) => {
					const items = sortItems(
						raw.map((r, i) =>
							item(`e${i}`, r.at, r.lane, r.len === null ? null : r.at + r.len, r.label)
						)
					);
					const o = opts({ x: (d) => d * k, invert: skip ? (px) => px / k : undefined });
					const lanes = layoutTimeline(items, o);
					const seen: string[] = [];
					for (const lane of lanes) {
						lane.forEach((n, i) => {
							seen.push(...(n.kind === 'event' ? [n.item.id] : n.items.map((it) => it.id)));
							const next = lane[i + 1];
							if (next) expect(next.x0).toBeGreaterThanOrEqual(n.x1 + o.gap - 1e-9);
							if (n.kind === 'event' && n.label !== null) {
								const labelEnd = n.labelX + measure(n.label);
								expect(labelEnd).toBeLessThanOrEqual((next ? next.x0 - o.gap : o.range[1]) + 1e-9);
							}
							if (n.kind === 'cluster') expect(n.items.length).toBeGreaterThan(1);
						});
					}
					const visible = items.filter((it) => {
						const l = it.at * k - o.radius;
						const r = Math.max(it.at, it.end ?? it.at) * k + o.radius;
						return r >= o.range[0] && l <= o.range[1];
					});
					expect(seen.sort()).toEqual(visible.map((v) => v.id).sort());
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('fitLabel', () => {
	it.each([
		['Naples', 100, 'Naples'],
		['Naples Political Declaration', 70, 'Naples Po…'],
		['Naples Political Declaration', 30, null],
		['Anything', 0, null]
	])('fitLabel(%j, %d) is %j', (text, room, out) =>
		expect(fitLabel(text, room, measure)).toBe(out)
	);
});

describe('layoutTimeline on real and synthetic events', () => {
	it('layoutTimeline on 50,000 synthetic events at full zoom stays within what the screen can show', async () => {
		const { syntheticEvents } = await import('$fixtures/syntheticEvents');
		const { eventsToItems } = await import('./timelineItems');
		const { CATEGORY_IDS } = await import('./schema');
		const items = sortItems(eventsToItems(syntheticEvents(50_000), CATEGORY_IDS));
		const span = [dayNumber('1975-01-01'), dayNumber('2025-01-01')] as const;
		const width = 1000;
		const k = width / (span[1] - span[0]);
		const lanes = layoutTimeline(
			items,
			opts({ x: (d) => (d - span[0]) * k, invert: (px) => px / k + span[0], range: [0, width] })
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
