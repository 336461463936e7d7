import { describe, expect, it } from 'vitest';
import { clipPolyline, clipSegment } from './clipToRect';

const box = { x0: 0, y0: 0, x1: 100, y1: 50 };

describe('clipSegment', () => {
	it('clipSegment(a, b, rect) cuts a segment crossing the rectangle to its edges', () => {
		expect(clipSegment([-50, 25], [150, 25], box)).toEqual([
			[0, 25],
			[100, 25]
		]);
	});
	it('clipSegment(a, b, rect) gives null for a segment wholly outside', () => {
		expect(clipSegment([110, 0], [200, 40], box)).toBeNull();
		expect(clipSegment([0, 60], [100, 60], box)).toBeNull();
	});
});

describe('clipPolyline', () => {
	it.each([
		[
			'a step line running past the right edge',
			'M0,40L80,40L80,30L150,30',
			'M0,40L80,40L80,30L100,30'
		],
		['a line starting left of the plot', 'M-20,10L50,10', 'M0,10L50,10'],
		['H and V commands', 'M10,10H120V40', 'M10,10L100,10'],
		['a line wholly outside', 'M120,10L200,10', ''],
		['a line that leaves and comes back', 'M50,10L50,70L60,70L60,10', 'M50,10L50,50M60,50L60,10']
	])('clipPolyline(d, rect) cuts %s', (_, d, want) => {
		expect(clipPolyline(d, box)).toBe(want);
	});
	it('clipPolyline(d, rect) refuses curves and closed paths', () => {
		expect(clipPolyline('M0,0C10,10 20,20 30,30', box)).toBeNull();
		expect(clipPolyline('M0,0L10,10Z', box)).toBeNull();
		expect(clipPolyline('m0,0l10,10', box)).toBeNull();
	});
});
