import { describe, expect, it } from 'vitest';
import { windowTween } from './windowTween';

const Y = 365.25 * 86_400_000;
const w = (a: number, b: number) => [a * Y, b * Y] as const;

describe('windowTween', () => {
	it('windowTween(from, to) starts at from and ends exactly at to', () => {
		const f = windowTween(w(5, 16), w(20, 27));
		const [a, b] = f(0);
		expect(a).toBeCloseTo(5 * Y, -3);
		expect(b).toBeCloseTo(16 * Y, -3);
		expect(f(1)).toEqual([20 * Y, 27 * Y]);
	});
	it('windowTween widens in the middle enough to show both windows', () => {
		const from = w(0, 2);
		const to = w(30, 32);
		const [a, b] = windowTween(from, to)(0.5);
		expect(a).toBeLessThanOrEqual(from[0] + 1);
		expect(b).toBeGreaterThanOrEqual(to[1] - 1);
	});
	it('windowTween between nested windows zooms without overshooting either', () => {
		const f = windowTween(w(0, 50), w(20, 25));
		for (let t = 0; t <= 1; t += 0.1) {
			const [a, b] = f(t);
			expect(b - a).toBeLessThanOrEqual(50 * Y + 1);
			expect(b - a).toBeGreaterThanOrEqual(5 * Y - 1);
		}
	});
});
