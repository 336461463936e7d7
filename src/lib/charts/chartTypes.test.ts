import { describe, expect, it } from 'vitest';
import { stepValueAt, visiblePoints, type ChartPoint } from './chartTypes';

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
