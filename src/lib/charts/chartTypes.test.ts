import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	fromFirstRise,
	pixelCorners,
	stepValueAt,
	visiblePoints,
	type ChartPoint
} from './chartTypes';

const points: ChartPoint[] = [
	{ t: 10, count: 1 },
	{ t: 20, count: 2 },
	{ t: 20, count: 3 },
	{ t: 40, count: 5 }
];

describe('stepValueAt', () => {
	it.each([
		[0, 0],
		[9, 0],
		[10, 1],
		[19, 1],
		[20, 3],
		[39, 3],
		[40, 5],
		[1e12, 5]
	])('stepValueAt(points, %d) is %d: the last point at or before the time', (t, want) => {
		expect(stepValueAt(points, t)).toBe(want);
	});
	it('stepValueAt([], t) is 0', () => {
		expect(stepValueAt([], 5)).toBe(0);
	});
});

describe('visiblePoints', () => {
	it('visiblePoints(points, from, to) cuts the line at both edges with its values there', () => {
		expect(visiblePoints(points, 15, 25)).toEqual([
			{ t: 15, count: 1 },
			{ t: 20, count: 2 },
			{ t: 20, count: 3 },
			{ t: 25, count: 3 }
		]);
	});
	it('visiblePoints(points, from, to) stops where a shorter line stops', () => {
		expect(visiblePoints(points, 0, 1000).at(-1)).toEqual(points.at(-1));
		expect(visiblePoints(points, 0, 1000)[0]).toEqual(points[0]);
	});
	it('visiblePoints(points, from, to) is empty for a window past the line or no line', () => {
		expect(visiblePoints(points, 1000, 2000)).toEqual([]);
		expect(visiblePoints([], 0, 10)).toEqual([]);
	});
});

describe('fromFirstRise', () => {
	it('fromFirstRise(points) starts at zero at the time of the first rise', () => {
		const flat = [{ t: 0, count: 0 }, { t: 5, count: 0 }, { t: 8, count: 0 }, ...points];
		expect(fromFirstRise(flat)).toEqual([{ t: 10, count: 0 }, ...points]);
		// A window's edge at zero, then the rise (as visiblePoints cuts a line).
		expect(fromFirstRise([{ t: 0, count: 0 }, ...points])).toEqual([
			{ t: 10, count: 0 },
			...points
		]);
		// From there it is the same line: the value at every time after its start.
		for (const t of [10, 19, 20, 39, 40, 50])
			expect(stepValueAt(fromFirstRise(flat), t)).toBe(stepValueAt(flat, t));
	});
	it('fromFirstRise(points) keeps a line that starts above zero', () => {
		expect(fromFirstRise(points)).toEqual(points);
	});
	it('fromFirstRise(points) keeps a line that never leaves zero whole, and a later fall to zero', () => {
		const zero = [
			{ t: 0, count: 0 },
			{ t: 10, count: 0 }
		];
		expect(fromFirstRise(zero)).toEqual(zero);
		expect(fromFirstRise([])).toEqual([]);
		const fall = [
			{ t: 0, count: 0 },
			{ t: 2, count: 1 },
			{ t: 3, count: 0 },
			{ t: 4, count: 0 }
		];
		expect(fromFirstRise(fall)).toEqual([{ t: 2, count: 0 }, ...fall.slice(1)]);
	});
});

describe('pixelCorners', () => {
	const x = (t: number) => t / 100;
	const y = (count: number) => 300 - count;
	/** A step line: sorted times (ms, so 100 per pixel), counts that rise and sometimes fall. */
	const line = fc
		.array(fc.tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: -3, max: 5 })), {
			minLength: 1,
			maxLength: 400
		})
		.map((steps) => {
			let count = 0;
			return steps
				.map(([t]) => t)
				.sort((a, b) => a - b)
				.map((t, i) => ({ t, count: (count = Math.max(0, count + steps[i]![1])) }));
		});

	it('keeps the first and last corners, in order, and every corner it drops is within the rise of kept ones beside it', () => {
		fc.assert(
			fc.property(line, (points) => {
				const all = points.map((p) => ({ x: x(p.t), y: y(p.count) }));
				const kept = pixelCorners(points, x, y);
				expect(kept[0]).toEqual(all[0]);
				expect(kept[kept.length - 1]).toEqual(all[all.length - 1]);
				// A subsequence of the corners, in order.
				let at = 0;
				for (const k of kept) {
					while (at < all.length && (all[at]!.x !== k.x || all[at]!.y !== k.y)) at++;
					expect(at).toBeLessThan(all.length);
					at++;
				}
				// What is dropped is drawn all the same: within half a pixel of kept corners whose counts span it.
				for (const p of all) {
					const near = kept.filter((k) => Math.abs(k.x - p.x) < 0.5).map((k) => k.y);
					expect(Math.min(...near)).toBeLessThanOrEqual(p.y);
					expect(Math.max(...near)).toBeGreaterThanOrEqual(p.y);
				}
				// At most four corners a half pixel.
				const width = all[all.length - 1]!.x - all[0]!.x;
				expect(kept.length).toBeLessThanOrEqual(4 * (Math.floor(width * 2) + 1));
			}),
			{ numRuns: 500 }
		);
	});
	it('draws 10,000 steps across 100 pixels with a few hundred corners, untouched where steps are apart', () => {
		const dense = Array.from({ length: 10_000 }, (_, i) => ({ t: i, count: i }));
		const kept = pixelCorners(dense, (t) => t / 100, y);
		expect(kept.length).toBeLessThanOrEqual(4 * 201);
		expect(kept.length).toBeGreaterThan(100);
		const sparse = [
			{ t: 0, count: 1 },
			{ t: 100, count: 2 },
			{ t: 250, count: 1 }
		];
		expect(pixelCorners(sparse, x, y)).toEqual(sparse.map((p) => ({ x: x(p.t), y: y(p.count) })));
	});
});
