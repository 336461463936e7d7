/**
 * The columns of the events table and the order its ties keep. Dates sort by the first day they can
 * mean, so "1994" comes before "1994-11-21" and a range sorts by its start; ties keep time order, so
 * sorting by category or location never shuffles history within a value. The headers are getters,
 * so a table drawn from these columns follows a switch of language.
 */
import { m } from '$lib/i18n/i18n.svelte';
import { dayNumber, spanStart } from './calendarDate';
import { categoryLabel } from './categoryLabel';
import type { TimelineEvent } from './schema';
import { pureColumns, type Column } from './sortRows';

/**
 * Each event's first possible day, read from its date once: the table sorts on every filter change,
 * and reading every date again was most of that sort's time at 100 times the data.
 */
const firstDays = new WeakMap<TimelineEvent, number>();
const firstDay = (e: TimelineEvent): number => {
	let day = firstDays.get(e);
	if (day === undefined) firstDays.set(e, (day = dayNumber(spanStart(e.date))));
	return day;
};

export const eventColumns: readonly Column<TimelineEvent>[] = pureColumns([
	{
		key: 'date',
		get label() {
			return m.tables.colDate;
		},
		value: firstDay
	},
	{
		key: 'title',
		get label() {
			return m.tables.colEvent;
		},
		value: (e) => e.title
	},
	{
		key: 'category',
		get label() {
			return m.tables.colCategory;
		},
		value: (e) => categoryLabel(e.category)
	},
	{
		key: 'location',
		get label() {
			return m.tables.colLocation;
		},
		value: (e) => e.location
	},
	{
		key: 'sources',
		get label() {
			return m.tables.colSources;
		}
	}
]);

/** byTime(a, b): by first possible day, then by id, so that equal days still have one order. */
export function byTime(a: TimelineEvent, b: TimelineEvent): number {
	const x = spanStart(a.date);
	const y = spanStart(b.date);
	return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
