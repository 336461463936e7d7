import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '$fixtures/syntheticEvents';
import { CATEGORY_IDS } from './schema';
import { eventsToItems, timeOrder } from './timelineItems';

// The items as a first call makes them, compared as plain values.
const fresh = (
	events: Parameters<typeof eventsToItems>[0],
	lanes: Parameters<typeof eventsToItems>[1]
) => JSON.parse(JSON.stringify(eventsToItems(events, lanes)));

describe('eventsToItems', () => {
	it('gives back the same item for the same event and lane on later calls, with the same values', () => {
		const events = syntheticEvents(300, 4);
		const first = eventsToItems(events, CATEGORY_IDS);
		const again = eventsToItems(
			events.filter((_, i) => i % 2 === 0),
			CATEGORY_IDS
		);
		const byId = new Map(first.map((it) => [it.id, it]));
		for (const it of again) expect(it).toBe(byId.get(it.id));
		expect(eventsToItems(events, CATEGORY_IDS)).toEqual(first);
	});
	it('makes a new item when the event is put in another lane, and for another set of events', () => {
		const events = syntheticEvents(200, 5);
		const all = eventsToItems(events, CATEGORY_IDS);
		eventsToItems(events, CATEGORY_IDS);
		const reversed = [...CATEGORY_IDS].reverse();
		const moved = eventsToItems(events, reversed);
		for (const it of moved) expect(it.lane).toBe(reversed.indexOf(it.event.category));
		expect(moved.some((it, i) => it !== all[i])).toBe(true);
		// A dataset never seen: its own items, as a fresh call makes them.
		const other = syntheticEvents(150, 6);
		const expected = fresh(other, CATEGORY_IDS);
		expect(JSON.parse(JSON.stringify(eventsToItems(other, CATEGORY_IDS)))).toEqual(expected);
		expect(JSON.parse(JSON.stringify(eventsToItems(other, CATEGORY_IDS)))).toEqual(expected);
	});
	it('timeOrder sorts a subset as a full sort would, after sorting the whole', () => {
		const items = eventsToItems(syntheticEvents(400, 7), CATEGORY_IDS);
		const plain = (xs: typeof items) =>
			[...xs].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		expect(timeOrder(items)).toEqual(plain(items));
		const some = items.filter((_, i) => i % 3 !== 1);
		expect(timeOrder(some)).toEqual(plain(some));
	});
});
