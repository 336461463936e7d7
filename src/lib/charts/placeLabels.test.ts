import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels } from './placeLabels';

const labels = (...ys: number[]) => ys.map((y) => ({ y, height: 10 }));

describe('placeLabels', () => {
	it('placeLabels(wanted) leaves labels that do not touch where they want to be', () => {
		expect(placeLabels(labels(50, 10, 30), 0, 100)).toEqual([50, 10, 30]);
	});
	it('placeLabels(wanted) spreads two labels wanting one place evenly about it', () => {
		expect(placeLabels(labels(50, 50), 0, 100)).toEqual([45, 55]);
	});
	it('placeLabels(wanted) moves a crowd as a block centred on the mean of what it wants', () => {
		// 40, 42, 60: the first two pool at 36/46 (mean 41), which then overlaps nothing.
		expect(placeLabels(labels(40, 42, 60), 0, 100)).toEqual([36, 46, 60]);
		// 40, 45, 50: one block of three, centred at 45.
		expect(placeLabels(labels(50, 40, 45), 0, 100)).toEqual([55, 35, 45]);
	});
	it('placeLabels(wanted, min, max) keeps labels inside the bounds, pushing inward', () => {
		expect(placeLabels(labels(98, 99), 0, 100)).toEqual([85, 95]);
		expect(placeLabels(labels(-5, 1), 0, 100)).toEqual([5, 15]);
	});
	it('placeLabels(wanted, min, max, gap) keeps the gap between labels', () => {
		expect(placeLabels(labels(50, 50), 0, 100, 4)).toEqual([43, 57]);
	});
	it('placeLabels(wanted) keeps the input order for equal wants', () => {
		const [a, b, c] = placeLabels(labels(20, 20, 20), 0, 100);
		expect(a! < b! && b! < c!).toBe(true);
	});
	it('placeLabels(wanted) stacks from min when the labels cannot all fit', () => {
		expect(placeLabels(labels(5, 5, 5), 0, 20)).toEqual([5, 15, 25]);
	});
	it('placeLabels(wanted) never overlaps, keeps order and stays in bounds when they fit', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						y: fc.double({ min: -50, max: 350, noNaN: true }),
						height: fc.double({ min: 1, max: 30, noNaN: true })
					}),
					{ maxLength: 12 }
				),
				fc.double({ min: 0, max: 6, noNaN: true }),
				(wanted, gap) => {
					const placed = placeLabels(wanted, 0, 300, gap);
					const order = wanted
						.map((_, i) => i)
						.sort((a, b) => wanted[a]!.y - wanted[b]!.y || a - b);
					const total =
						wanted.reduce((s, w) => s + w.height, 0) + gap * Math.max(0, wanted.length - 1);
					for (let k = 1; k < order.length; k++) {
						const a = order[k - 1]!;
						const b = order[k]!;
						const bottomA = placed[a]! + wanted[a]!.height / 2;
						const topB = placed[b]! - wanted[b]!.height / 2;
						expect(topB - bottomA).toBeGreaterThanOrEqual(gap - 1e-6);
					}
					if (total <= 300) {
						wanted.forEach((w, i) => {
							expect(placed[i]! - w.height / 2).toBeGreaterThanOrEqual(-1e-6);
							expect(placed[i]! + w.height / 2).toBeLessThanOrEqual(300 + 1e-6);
						});
					}
				}
			)
		);
	});
	it('placeLabels(wanted) moves no label when none overlap, in any order', () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 10 }), (slots) => {
				const wanted = slots.map((s) => ({ y: s * 12 + 6, height: 10 }));
				expect(placeLabels(wanted, 0, 252)).toEqual(wanted.map((w) => w.y));
			})
		);
	});
});
