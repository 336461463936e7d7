import { describe, expect, it } from 'vitest';
import { nextEvent, timelineKey, type KeyItem } from './timelineKeys';

// Three lanes; lane 1 is empty, so ↑ ↓ from lane 0 reach lane 2.
const a: KeyItem = { id: 'a', lane: 0, at: 10 };
const b: KeyItem = { id: 'b', lane: 2, at: 12 };
const c: KeyItem = { id: 'c', lane: 0, at: 30 };
const d: KeyItem = { id: 'd', lane: 2, at: 40 };
const ordered = [a, b, c, d];

describe('nextEvent', () => {
	it.each([
		['ArrowRight', null, 'a'],
		['ArrowLeft', null, 'a'],
		['ArrowDown', null, 'a'],
		['ArrowRight', a, 'b'],
		['ArrowRight', d, 'd'],
		['ArrowLeft', b, 'a'],
		['ArrowLeft', a, 'a'],
		['ArrowDown', a, 'b'],
		['ArrowDown', c, 'd'],
		['ArrowDown', d, 'd'],
		['ArrowUp', d, 'c'],
		['ArrowUp', b, 'a'],
		['ArrowUp', a, 'a'],
		['Home', c, 'a'],
		['End', a, 'd']
	] as const)('nextEvent(ordered, %s from %o) moves to %s', (key, from, want) => {
		expect(nextEvent(ordered, from, key)?.id).toBe(want);
	});
	it('nextEvent(ordered, current, key) is undefined for a key that is not a move', () => {
		expect(nextEvent(ordered, a, 'x')).toBeUndefined();
	});
	it('nextEvent([], null, key) finds nothing', () => {
		expect(nextEvent([], null, 'ArrowRight')).toBeUndefined();
		expect(nextEvent([], null, 'End')).toBeUndefined();
	});
	it('nextEvent picks the nearest in time in the next lane, not the first', () => {
		expect(nextEvent(ordered, c, 'ArrowDown')?.id).toBe('d');
		expect(nextEvent(ordered, { id: 'e', lane: 0, at: 13 }, 'ArrowDown')?.id).toBe('b');
	});
});

describe('timelineKey', () => {
	it.each([
		['+', false, { kind: 'zoom', factor: 2 }],
		['=', false, { kind: 'zoom', factor: 2 }],
		['-', false, { kind: 'zoom', factor: 0.5 }],
		['_', false, { kind: 'zoom', factor: 0.5 }],
		['0', false, { kind: 'reset' }],
		['Escape', false, { kind: 'close' }],
		['ArrowLeft', true, { kind: 'pan', fraction: -0.2 }],
		['ArrowRight', true, { kind: 'pan', fraction: 0.2 }],
		['ArrowRight', false, { kind: 'focus', id: 'c' }],
		['End', false, { kind: 'focus', id: 'd' }],
		['a', false, null],
		['Enter', false, null]
	] as const)('timelineKey(%s, shift %s) from b asks for %o', (key, shift, want) => {
		expect(timelineKey(key, shift, ordered, b)).toEqual(want);
	});
});
