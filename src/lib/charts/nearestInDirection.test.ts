import { describe, expect, it } from 'vitest';
import { nearestInDirection, type Place } from './nearestInDirection';

//        N
//   W    C    E   FE
//        S
const places: Place[] = [
	{ id: 'C', x: 50, y: 50 },
	{ id: 'E', x: 70, y: 52 },
	{ id: 'FE', x: 95, y: 50 },
	{ id: 'W', x: 20, y: 45 },
	{ id: 'N', x: 52, y: 20 },
	{ id: 'S', x: 48, y: 90 },
	{ id: 'NE', x: 62, y: 35 }
];

describe('nearestInDirection', () => {
	it.each([
		['right', 'E'],
		['left', 'W'],
		['up', 'N'],
		['down', 'S']
	] as const)('nearestInDirection(places, C, %s) is %s', (dir, id) => {
		expect(nearestInDirection(places, 'C', dir)).toBe(id);
	});
	it('nearestInDirection prefers a place straight ahead to a nearer one far off the line', () => {
		const p: Place[] = [
			{ id: 'A', x: 0, y: 0 },
			{ id: 'side', x: 10, y: 12 },
			{ id: 'ahead', x: 20, y: 0 }
		];
		expect(nearestInDirection(p, 'A', 'right')).toBe('ahead');
	});
	it('nearestInDirection is null at the edge and for an unknown start', () => {
		expect(nearestInDirection(places, 'FE', 'right')).toBeNull();
		expect(nearestInDirection(places, 'nowhere', 'left')).toBeNull();
	});
});
