import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadDots } from './spreadDots';

const minDistance = (ds: { x: number; y: number }[]) => {
	let min = Infinity;
	for (let i = 0; i < ds.length; i++)
		for (let j = i + 1; j < ds.length; j++)
			min = Math.min(min, Math.hypot(ds[i]!.x - ds[j]!.x, ds[i]!.y - ds[j]!.y));
	return min;
};

describe('spreadDots', () => {
	it('spreadDots(dots, gap) leaves dots that are already apart where they are', () => {
		const dots = [
			{ x: 10, y: 10 },
			{ x: 40, y: 10 }
		];
		expect(spreadDots(dots, 8, [100, 100])).toEqual(dots);
	});
	it('spreadDots(dots, gap) parts two touching dots symmetrically, by just the gap', () => {
		const [a, b] = spreadDots(
			[
				{ x: 50, y: 50 },
				{ x: 52, y: 50 }
			],
			8,
			[100, 100]
		);
		expect(b!.x - a!.x).toBeGreaterThanOrEqual(8);
		expect(b!.x - a!.x).toBeLessThan(8.2);
		expect((a!.x + b!.x) / 2).toBeCloseTo(51, 5);
	});
	it('spreadDots(dots, gap) parts dots on the very same spot', () => {
		const out = spreadDots(
			[
				{ x: 50, y: 50 },
				{ x: 50, y: 50 },
				{ x: 50, y: 50 }
			],
			6,
			[100, 100]
		);
		expect(minDistance(out)).toBeGreaterThanOrEqual(6 - 1e-6);
	});
	it('spreadDots(dots, gap) parts dots that only the bounds bring together', () => {
		// Just gap apart, but the left one lies outside the bounds: moved in, it lands on the other.
		const out = spreadDots(
			[
				{ x: 6.999999, y: 0 },
				{ x: 0, y: 0 }
			],
			7,
			[400, 200]
		);
		expect(minDistance(out)).toBeGreaterThanOrEqual(7 - 1e-6);
		for (const d of out) expect(d.x).toBeGreaterThanOrEqual(3.5);
	});
	it('spreadDots(dots, gap) keeps any cluster of dots gap apart and inside the bounds', () => {
		const cluster = fc.array(
			fc.record({
				x: fc.double({ min: 0, max: 30, noNaN: true }),
				y: fc.double({ min: 0, max: 30, noNaN: true })
			}),
			{ minLength: 2, maxLength: 12 }
		);
		fc.assert(
			fc.property(cluster, (dots) => {
				const out = spreadDots(dots, 7, [400, 200], 400);
				expect(minDistance(out)).toBeGreaterThanOrEqual(7 - 0.05);
				for (const d of out) {
					expect(d.x).toBeGreaterThanOrEqual(3.5);
					expect(d.y).toBeLessThanOrEqual(200 - 3.5);
				}
			}),
			{ numRuns: 100 }
		);
	});
});
