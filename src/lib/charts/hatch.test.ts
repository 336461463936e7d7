import { describe, expect, it } from 'vitest';
import { circleRing, hatchPath, hatchSegments, type Ring } from './hatch';

const square = (x: number, y: number, s: number): Ring => [
	[x, y],
	[x + s, y],
	[x + s, y + s],
	[x, y + s]
];
const inside = (ring: Ring, [px, py]: [number, number]) => {
	let hit = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i]!;
		const [xj, yj] = ring[j]!;
		if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) hit = !hit;
	}
	return hit;
};

describe('hatchSegments', () => {
	it('hatchSegments(rings, spacing, 0) cuts horizontal lines to a square, spacing apart', () => {
		const segs = hatchSegments([square(0, 0, 10)], 2, 0);
		expect(segs.map((s) => s[1])).toEqual([2, 4, 6, 8]);
		for (const [x1, , x2] of segs) expect([x1, x2]).toEqual([0, 10]);
	});
	it('hatchSegments keeps every 45° segment inside the shape, its midpoint too', () => {
		const ring = square(3, 5, 20);
		const segs = hatchSegments([ring], 3);
		expect(segs.length).toBeGreaterThan(8);
		for (const [a, b, c, d] of segs) {
			expect(inside(ring, [(a + c) / 2, (b + d) / 2])).toBe(true);
			for (const [x, y] of [
				[a, b],
				[c, d]
			] as const) {
				expect(x).toBeGreaterThanOrEqual(3 - 1e-9);
				expect(y).toBeLessThanOrEqual(25 + 1e-9);
			}
		}
	});
	it('hatchSegments leaves a hole (a ring inside another) unhatched', () => {
		const segs = hatchSegments([square(0, 0, 30), square(10, 10, 10)], 2, 0);
		for (const [x1, y, x2] of segs) {
			const mid = (x1 + x2) / 2;
			if (y > 10 && y < 20) expect(mid < 10 || mid > 20).toBe(true);
		}
		expect(segs.filter((s) => s[1] === 14)).toHaveLength(2);
	});
	it('hatchSegments of nothing, or of a line, is empty', () => {
		expect(hatchSegments([], 2)).toEqual([]);
		expect(
			hatchSegments(
				[
					[
						[0, 0],
						[5, 0]
					]
				],
				2,
				0
			)
		).toEqual([]);
	});
	it('hatchSegments hatches a dot drawn as a circle of points', () => {
		expect(hatchSegments([circleRing(10, 10, 4)], 2).length).toBeGreaterThanOrEqual(3);
	});
	it('hatchPath(segments) writes one path of moves and lines, rounded to 0.1', () => {
		expect(hatchPath([[0, 1.234, 5.05, 6]])).toBe('M0,1.2L5.1,6');
	});
});
