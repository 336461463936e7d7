/**
 * Turns events into the layout's items: a lane per category (in the order given), a position in UTC
 * days, and a bar end for events that last several days. An event known only to the month or year sits
 * in the middle of the span it can mean; its span is kept apart (`uncertain`) so the view can draw it
 * faintly without letting it crowd out its neighbours.
 */
import { rankedSort } from './rankedSort';
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

/**
 * Each event's item, kept by event with the lane it was made for: a filter change hands the timeline
 * the same event records again, and reading their dates again was most of eventsToItems' time (at 100
 * times the data, 5.5 of every instrument toggle's 44 ms). Items are never changed once made. The
 * items are filed by event only when a second call comes (the first render pays for making them
 * alone), and filed afresh when most events of a call are new to them (another dataset), so the
 * records of one dataset at most are held.
 */
let made: Map<TimelineEvent, TimelineItem> | null = null;
let lastMade: readonly TimelineItem[] = [];

/** eventsToItems(events, lanes): one item per event whose category has a lane. */
export function eventsToItems(
	events: readonly TimelineEvent[],
	lanes: readonly CategoryId[]
): TimelineItem[] {
	const laneOf = new Map(lanes.map((c, i) => [c, i]));
	if (!made && lastMade.length > 0) made = new Map(lastMade.map((it) => [it.event, it]));
	const out: TimelineItem[] = [];
	let misses = 0;
	for (const e of events) {
		const lane = laneOf.get(e.category);
		if (lane === undefined) continue;
		let item = made?.get(e);
		if (item === undefined || item.lane !== lane) {
			item = itemOf(e, lane);
			misses++;
			made?.set(e, item);
		}
		out.push(item);
	}
	if (!made || misses * 2 > out.length) {
		// The first call, or mostly new events: filed (from these) when the next call comes.
		made = null;
		lastMade = out.slice();
	}
	return out;
}

function itemOf(e: TimelineEvent, lane: number): TimelineItem {
	const first = dayNumber(spanStart(e.date));
	const last = dayNumber(spanEnd(e.date)) + 1;
	const precise = e.precision === 'day';
	return {
		id: e.id,
		lane,
		at: precise ? first : (first + last) / 2,
		end: e.endDate !== null ? dayNumber(spanEnd(e.endDate)) + 1 : null,
		label: e.title,
		short: e.shortTitle ?? null,
		event: e,
		uncertain: precise ? null : [first, last],
		order: first
	};
}

const byOrder = rankedSort<{ order: number; id: string }>((items) =>
	[...items].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
);

/**
 * timeOrder(items): items sorted as the keyboard walks them, by first day then id (a subset of items
 * sorted before is laid out by their places, see rankedSort).
 */
export function timeOrder<T extends { order: number; id: string }>(items: readonly T[]): T[] {
	return byOrder(items) as T[];
}
