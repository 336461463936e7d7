/**
 * What the timeline says in words: the summary under its title (announced politely when the window
 * changes) and the accessible name of a cluster chip, in the interface's language. Pure apart from
 * reading the catalogue, so the wording is tested without a browser.
 */
import { m } from '$lib/i18n/i18n.svelte';
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
	// The titles are the dataset's, in English: joined the English way.
	const titles = items.slice(0, 3).map((i) => i.label);
	const more = items.length > 3 ? '; …' : '';
	return m.timeline.clusterName(items.length, span, `${titles.join('; ')}${more}`);
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
	if (!first || !last) return m.timeline.noEvents;
	return m.timeline.summary(
		ordered.length,
		formatDate(first.event.date),
		formatDate(last.event.date),
		laneCount,
		formatDateRange(window.from, window.to)
	);
}
