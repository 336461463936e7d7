import { describe, expect, it } from 'vitest';
import { placeCallouts, seriesPoints, stepLinePoints, thresholdLabelX } from './placeCallouts';

const bounds = { x: 0, y: 0, width: 200, height: 100 };
const label = (x: number, y: number) => ({ x, y, width: 40, height: 10 });
/** How far a point is from a box (0 inside): the leader's length. */
const distance = (
	b: { x: number; y: number; width: number; height: number },
	x: number,
	y: number
) => Math.hypot(Math.max(b.x - x, x - b.x - b.width, 0), Math.max(b.y - y, y - b.y - b.height, 0));

describe('placeCallouts', () => {
	it('placeCallouts(callouts) puts a lone label beside its point, above and right, not over it', () => {
		const [box] = placeCallouts([label(50, 50)], { bounds });
		expect(distance(box!, 50, 50)).toBeLessThanOrEqual(6);
		expect(distance(box!, 50, 50)).toBeGreaterThan(0);
		expect(box!.y + box!.height).toBeLessThanOrEqual(50);
		expect(box!.x + box!.width).toBeGreaterThan(50);
	});
	it('placeCallouts(callouts) moves a second label for one point off the first', () => {
		const [a, b] = placeCallouts([label(50, 50), label(50, 50)], { bounds });
		expect(b!.y + b!.height + 2 <= a!.y || a!.y + a!.height + 2 <= b!.y).toBe(true);
	});
	it('placeCallouts(callouts, { points }) keeps a label off a line where it can', () => {
		// A flat line just above the point: the label goes below it.
		const line = stepLinePoints([
			{ x: 0, y: 42 },
			{ x: 200, y: 42 }
		]);
		const [box] = placeCallouts([label(50, 50)], { bounds, points: line });
		expect(
			line.some((p) => p.x >= box!.x && p.x <= box!.x + 40 && p.y >= box!.y && p.y <= box!.y + 10)
		).toBe(false);
	});
	it('placeCallouts(callouts) stays in bounds, going left of a point at the right edge', () => {
		const [box] = placeCallouts([label(190, 50)], { bounds });
		expect(box!.x + box!.width).toBeLessThanOrEqual(200);
		expect(distance(box!, 190, 50)).toBeLessThanOrEqual(6);
	});
	it('placeCallouts(callouts) leaves out a label with no room rather than overlap', () => {
		const tiny = { x: 0, y: 0, width: 60, height: 20 };
		const [a, b] = placeCallouts([label(10, 15), label(10, 15)], { bounds: tiny });
		expect(a).not.toBeNull();
		expect(b).toBeNull();
	});
});

describe('stepLinePoints', () => {
	it('stepLinePoints(points, every) samples the flat run, then the rise, at the given spacing', () => {
		const p = stepLinePoints(
			[
				{ x: 0, y: 10 },
				{ x: 6, y: 4 }
			],
			3
		);
		expect(p).toEqual([
			{ x: 0, y: 10 },
			{ x: 3, y: 10 },
			{ x: 6, y: 10 },
			{ x: 6, y: 10 },
			{ x: 6, y: 7 },
			{ x: 6, y: 4 }
		]);
	});
});

describe('thresholdLabelX', () => {
	it('thresholdLabelX(points, y, width, w) puts the label at the right end when nothing crosses it', () => {
		expect(thresholdLabelX([], 50, 200, 60, 10)).toBe(136);
	});
	it('thresholdLabelX(points, y, width, w) moves the label off a line that crosses the right end', () => {
		const rise = stepLinePoints([
			{ x: 170, y: 100 },
			{ x: 170, y: 0 }
		]);
		const x = thresholdLabelX(rise, 50, 200, 60, 10);
		expect(x + 60 < 170 || x > 170).toBe(true);
		expect(x).toBe(4);
	});
});

describe('placeCallouts leaders', () => {
	it('placeCallouts(callouts, { points }) takes a longer leader rather than one across a line', () => {
		// The point is boxed in up to x 100; a line rises at x 80 from y 30 down. The nearest free
		// place (level with the point) needs a leader across the line; one over the line's top does not.
		const wall = stepLinePoints([
			{ x: 80, y: 100 },
			{ x: 80, y: 30 }
		]);
		const [box] = placeCallouts([{ x: 50, y: 50, width: 40, height: 10 }], {
			avoid: [{ x: 0, y: 0, width: 100, height: 100 }],
			bounds: { x: 0, y: 0, width: 200, height: 100 },
			points: wall
		});
		expect(box!.x).toBeGreaterThanOrEqual(100);
		// Where the leader passes x 80 it is above the line's top.
		const ly = Math.max(box!.y, Math.min(box!.y + 10, 50));
		const lx = box!.x;
		expect(50 + ((ly - 50) * (80 - 50)) / (lx - 50)).toBeLessThan(30);
	});
});

describe('placeCallouts, searched once per input', () => {
	/** A full grid search, written plainly: the cheapest place, ties to the first in (x, y) order. */
	function plain(
		c: { x: number; y: number; width: number; height: number },
		points: { x: number; y: number }[]
	) {
		let best: { x: number; y: number; cost: number } | null = null;
		const xs = [c.x + 6, c.x - 6 - c.width];
		for (let v = 0; v <= 200 - c.width; v += 6) xs.push(v);
		const ys = [c.y - 4 - c.height, c.y + 4].filter((v) => v >= 0 && v <= 100 - c.height);
		for (let v = 0; v <= 100 - c.height; v += 6) ys.push(v);
		for (const x of xs.filter((v) => v >= 0 && v <= 200 - c.width))
			for (const y of ys) {
				const dx = Math.max(x - c.x, c.x - (x + c.width), 0);
				const dy = Math.max(y - c.y, c.y - (y + c.height), 0);
				if (dx < 6 && dy < 4) continue;
				const hits = points.filter(
					(p) => p.x >= x && p.x <= x + c.width && p.y >= y && p.y <= y + c.height
				).length;
				const cost = hits * 1000 + Math.hypot(dx, dy) + (x < c.x ? 4 : 0) + (y > c.y ? 1 : 0);
				if (!best || cost < best.cost) best = { x, y, cost };
			}
		return best && { x: best.x, y: best.y };
	}

	it('placeCallouts(…) finds the place a scan of the whole grid finds, nearest first', () => {
		let s = 11;
		const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
		for (let t = 0; t < 40; t++) {
			const c = { x: Math.round(rnd() * 200), y: Math.round(rnd() * 100), width: 40, height: 10 };
			// Points off the leader's path (the plain scan does not count crossings).
			const points = Array.from({ length: 30 }, () => ({
				x: Math.round(rnd() * 200),
				y: Math.round(rnd() * 100)
			}));
			const [box] = placeCallouts([c], { bounds, points, gap: 2, step: 6 });
			const want = plain(c, points);
			if (want && Math.hypot(want.x - c.x, want.y - c.y) <= 9) expect(box).toMatchObject(want);
		}
	});

	it('placeCallouts(…) twice with the same input gives equal places, not the same objects', () => {
		const input = [label(50, 50), label(120, 40)];
		const a = placeCallouts(input, { bounds });
		a[0]!.x = -999;
		const b = placeCallouts(input, { bounds });
		expect(b[0]!.x).not.toBe(-999);
		expect(b).toEqual(placeCallouts([label(50, 50), label(120, 40)], { bounds: { ...bounds } }));
		// A different input is searched for, not taken from what was kept.
		const c = placeCallouts([label(50, 50), label(120, 40)], {
			bounds,
			avoid: [{ ...b[0]! }]
		});
		expect(c[0]).not.toEqual(b[0]);
	});
});

describe('seriesPoints', () => {
	it('seriesPoints(…) merges the steps of one pixel column: the same reach, far fewer points', () => {
		// 2,000 steps over 10 px: two hundred per pixel column.
		const points = Array.from({ length: 2000 }, (_, i) => ({ t: i, count: i }));
		const x = (t: number) => 10 + t / 200;
		const y = (c: number) => 300 - c / 10;
		const merged = seriesPoints([{ points }], x, y, 0, 1999);
		const every = stepLinePoints(points.map((p) => ({ x: x(p.t), y: y(p.count) })));
		expect(merged.length).toBeLessThan(every.length / 20);
		for (const pick of [(p: { x: number }) => p.x, (p: { y: number }) => p.y]) {
			expect(Math.min(...merged.map(pick))).toBeCloseTo(Math.min(...every.map(pick)), 0);
			expect(Math.max(...merged.map(pick))).toBeCloseTo(Math.max(...every.map(pick)), 0);
		}
		// Every point the full line has is within half a pixel (and the 3 px sampling) of a merged one.
		for (const p of every.filter((_, i) => i % 97 === 0))
			expect(Math.min(...merged.map((q) => Math.hypot(q.x - p.x, q.y - p.y)))).toBeLessThan(3);
	});
	it('seriesPoints(…) keeps steps a pixel or more apart as they are', () => {
		const points = [
			{ t: 0, count: 0 },
			{ t: 10, count: 5 },
			{ t: 20, count: 9 }
		];
		const id = (v: number) => v;
		expect(seriesPoints([{ points }], id, id, 0, 20)).toEqual(
			stepLinePoints(points.map((p) => ({ x: p.t, y: p.count })))
		);
	});
});
