import { describe, expect, it } from 'vitest';
import { event as ev } from './testFixtures';
import { sortEvents } from './sortEvents';

const events = [
	ev('c', '1994-11-21', { location: 'Naples', category: 'congress' }),
	ev('a', '1994', { location: null, category: 'cop' }),
	ev('b', '1975-09-01', { location: 'Geneva', category: 'other' }),
	ev('d', '1994-11', { location: 'Athens', category: 'congress' })
];

describe('sortEvents', () => {
	it('sortEvents(events, "date") puts a year before a month before a day in it', () => {
		expect(sortEvents(events, 'date').map((e) => e.id)).toEqual(['b', 'a', 'd', 'c']);
	});
	it('sortEvents(events, "date", "descending") reverses time order', () => {
		expect(sortEvents(events, 'date', 'descending').map((e) => e.id)).toEqual(['c', 'd', 'a', 'b']);
	});
	it('sortEvents(events, "location") sorts missing locations last in both directions', () => {
		expect(sortEvents(events, 'location').map((e) => e.id)).toEqual(['d', 'b', 'c', 'a']);
		expect(sortEvents(events, 'location', 'descending').map((e) => e.id)).toEqual([
			'c',
			'b',
			'd',
			'a'
		]);
	});
	it('sortEvents(events, "category") sorts by label and keeps time order within a label', () => {
		expect(sortEvents(events, 'category').map((e) => e.id)).toEqual(['a', 'b', 'd', 'c']);
	});
	it('sortEvents does not change its input', () => {
		const copy = [...events];
		sortEvents(events, 'title', 'descending');
		expect(events).toEqual(copy);
	});
});
