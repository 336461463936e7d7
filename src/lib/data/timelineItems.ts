/**
 * Turns events into the layout's items: a lane per category (in the order given), a position in UTC
 * days, and a bar end for events that last several days. An event known only to the month or year sits
 * in the middle of the span it can mean; its span is kept apart (`uncertain`) so the view can draw it
 * faintly without letting it crowd out its neighbours.
 */
import { dayNumber, spanEnd, spanStart } from './calendarDate';
import type { CategoryId, TimelineEvent } from './schema';
import type { LayoutItem } from './timelineLayout';

export interface TimelineItem extends LayoutItem {
	event: TimelineEvent;
	/** For a month- or year-precision date, the first and last day (exclusive) it can mean. */
	uncertain: [number, number] | null;
	/** Time order for keyboard navigation: the first day the event can mean. */
	order: number;
}

/** eventsToItems(events, lanes): one item per event whose category has a lane. */
export function eventsToItems(
	events: readonly TimelineEvent[],
	lanes: readonly CategoryId[]
): TimelineItem[] {
	const laneOf = new Map(lanes.map((c, i) => [c, i]));
	const out: TimelineItem[] = [];
	for (const e of events) {
		const lane = laneOf.get(e.category);
		if (lane === undefined) continue;
		const first = dayNumber(spanStart(e.date));
		const last = dayNumber(spanEnd(e.date)) + 1;
		const precise = e.precision === 'day';
		out.push({
			id: e.id,
			lane,
			at: precise ? first : (first + last) / 2,
			end: e.endDate !== null ? dayNumber(spanEnd(e.endDate)) + 1 : null,
			label: e.title,
			short: e.shortTitle ?? null,
			event: e,
			uncertain: precise ? null : [first, last],
			order: first
		});
	}
	return out;
}

/** timeOrder(items): items sorted as the keyboard walks them, by first day then id. */
export function timeOrder<T extends { order: number; id: string }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
