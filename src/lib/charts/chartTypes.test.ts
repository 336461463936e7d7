import { describe, expect, it } from 'vitest';
import { stepValueAt, type ChartPoint } from './chartTypes';

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
