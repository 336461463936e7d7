/**
 * What the timeline says in words: the summary under its title (announced politely when the window
 * changes) and the accessible name of a cluster chip. Pure, so the wording is tested without a browser.
 */
import { fromDayNumber, type IsoDate } from './calendarDate';
import { formatDate, formatDateRange } from './formatDate';
import type { TimelineItem } from './timelineItems';

/** clusterName(items, from, to): "3 events, 12–15 December 1996: A; B; C. Zoom in to see them." */
export function clusterName(
	items: readonly Pick<TimelineItem, 'label'>[],
	from: number,
	to: number
): string {
	const span = formatDateRange(
		fromDayNumber(Math.floor(from)),
		fromDayNumber(Math.max(Math.floor(from), Math.ceil(to) - 1))
	);
	const titles = items.slice(0, 3).map((i) => i.label);
	const more = items.length > 3 ? '; …' : '';
	return `${items.length} events, ${span}: ${titles.join('; ')}${more}. Zoom in to see them.`;
}

/**
 * timelineSummary(ordered, laneCount, window): how many events, from when to when, in how many
 * categories, and the window shown. `ordered` is the events in time order.
 */
export function timelineSummary(
	ordered: readonly Pick<TimelineItem, 'event'>[],
	laneCount: number,
	window: { from: IsoDate; to: IsoDate }
): string {
	const first = ordered[0];
	const last = ordered.at(-1);
	if (!first || !last) return 'No events match the filters.';
	return `${ordered.length} events from ${formatDate(first.event.date)} to ${formatDate(
		last.event.date
	)} in ${laneCount} categories; showing ${formatDateRange(window.from, window.to)}.`;
}
