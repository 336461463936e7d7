import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import { byTime, eventColumns } from './eventColumns';
import { sortRows, type SortDirection } from './sortRows';
import { event as ev } from '$fixtures/testFixtures';

const events = [
	ev('c', '1994-11-21', { location: 'Naples', category: 'congress', title: 'COP 10' }),
	ev('a', '1994', { location: null, category: 'cop', title: 'COP 2' }),
	ev('b', '1975-09-01', { location: 'Geneva', category: 'other', title: 'Congress' }),
	ev('d', '1994-11', { location: 'Athens', category: 'congress', title: 'cop 1' })
];
const ids = (key: string, direction: SortDirection = 'ascending') =>
	sortRows(events, eventColumns, key, direction, byTime).map((e) => e.id);

describe('eventColumns', () => {
	it('eventColumns "date" puts a year before a month before a day in it', () => {
		expect(ids('date')).toEqual(['b', 'a', 'd', 'c']);
	});
	it('eventColumns "date" descending reverses time order', () => {
		expect(ids('date', 'descending')).toEqual(['c', 'd', 'a', 'b']);
	});
	it('eventColumns "date" sorts a range by its start and keeps same-day events in id order', () => {
		const day = [
			ev('z', '2024-10-14'),
			ev('y', '2024-10-14', { endDate: '2024-10-18' }),
			ev('x', '2024-10-13', { endDate: '2024-12-31' })
		];
		expect(sortRows(day, eventColumns, 'date', 'ascending', byTime).map((e) => e.id)).toEqual([
			'x',
			'y',
			'z'
		]);
	});
	it('eventColumns "location" sorts missing locations last in both directions', () => {
		expect(ids('location')).toEqual(['d', 'b', 'c', 'a']);
		expect(ids('location', 'descending')).toEqual(['c', 'b', 'd', 'a']);
	});
	it('eventColumns "category" sorts by label and keeps time order within a label', () => {
		expect(ids('category')).toEqual(['a', 'b', 'd', 'c']);
		// Descending flips the labels, not the time order inside one.
		expect(ids('category', 'descending')).toEqual(['d', 'c', 'b', 'a']);
	});
	it('eventColumns "title" sorts numbers in titles as numbers, ignoring case', () => {
		expect(ids('title')).toEqual(['b', 'd', 'a', 'c']);
	});
	it('eventColumns "sources" does not sort', () => {
		expect(eventColumns.find((c) => c.key === 'sources')?.value).toBeUndefined();
	});
	it('sorting the events does not change its input', () => {
		const copy = [...events];
		ids('title', 'descending');
		expect(events).toEqual(copy);
	});
});

describe('eventColumns headers', () => {
	afterEach(() => setLang('en'));
	it('eventColumns labels follow the interface language', async () => {
		expect(eventColumns.map((c) => c.label)).toEqual([
			'Date',
			'Event',
			'Category',
			'Location',
			'Sources'
		]);
		await setLang('ru');
		expect(eventColumns.map((c) => c.label)).toEqual([
			'Дата',
			'Событие',
			'Категория',
			'Место',
			'Источники'
		]);
	});
});
