/**
 * The order of the events table. Dates sort by the first day they can mean, so "1994" comes before
 * "1994-11-21" and a range sorts by its start; ties keep time order so sorting never shuffles history.
 * Missing values (an unknown location) always sort last, whichever the direction.
 */
import { spanStart } from './calendarDate';
import { CATEGORY_LABELS } from './categories';
import type { TimelineEvent } from './schema';

export type EventSortKey = 'date' | 'title' | 'category' | 'location';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byDate(a: TimelineEvent, b: TimelineEvent): number {
	const x = spanStart(a.date);
	const y = spanStart(b.date);
	return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const keyOf: Record<Exclude<EventSortKey, 'date'>, (e: TimelineEvent) => string | null> = {
	title: (e) => e.title,
	category: (e) => CATEGORY_LABELS[e.category],
	location: (e) => e.location
};

/** sortEvents(events, key, direction) returns a new array in that order. */
export function sortEvents(
	events: readonly TimelineEvent[],
	key: EventSortKey,
	direction: SortDirection = 'ascending'
): TimelineEvent[] {
	const sign = direction === 'ascending' ? 1 : -1;
	if (key === 'date') return [...events].sort((a, b) => sign * byDate(a, b));
	const get = keyOf[key];
	return [...events].sort((a, b) => {
		const x = get(a);
		const y = get(b);
		if (x === null || y === null) return x === y ? byDate(a, b) : x === null ? 1 : -1;
		return sign * collator.compare(x, y) || byDate(a, b);
	});
}
