/**
 * The one place where the filter state decides which events are shown: every view derives its rows
 * from applyFilters, so the timeline, the table and the counts can never disagree.
 */
import { spanEnd, spanStart } from '$lib/data/calendarDate';
import { matchesQuery } from '$lib/data/textSearch';
import { CATEGORY_IDS, type CategoryId, type TimelineEvent } from '$lib/data/schema';
import type { Filters } from './filters';

type Test = (e: TimelineEvent) => boolean;

/** Every test of f but the category one, which categoryCounts leaves out. */
function testsBesidesCategory(f: Filters): Test[] {
	const tests: Test[] = [];
	const w = f.window;
	// An event is in the window when any day it can mean is: "1994" overlaps a window on 1994-11.
	if (w) tests.push((e) => spanStart(e.date) <= w.to && spanEnd(e.endDate ?? e.date) >= w.from);
	const instruments = f.instruments;
	// An event tagged with no instrument is not about a particular one, so no instrument filter hides it.
	if (instruments) {
		tests.push(
			(e) => e.instruments.length === 0 || e.instruments.some((i) => instruments.includes(i))
		);
	}
	if (f.q.trim() !== '') tests.push((e) => matchesQuery([e.title, e.description, e.location], f.q));
	return tests;
}

/** applyFilters(events, f) keeps the events that pass every filter of f, in their input order. */
export function applyFilters(events: readonly TimelineEvent[], f: Filters): TimelineEvent[] {
	const tests = testsBesidesCategory(f);
	const categories = f.categories;
	if (categories) tests.push((e) => categories.includes(e.category));
	return events.filter((e) => tests.every((t) => t(e)));
}

/**
 * categoryCounts(events, f) counts, for each category, the events that pass every filter except the
 * category filter: the number a category's checkbox would show if it alone were ticked.
 */
export function categoryCounts(
	events: readonly TimelineEvent[],
	f: Filters
): Record<CategoryId, number> {
	const counts = Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as Record<
		CategoryId,
		number
	>;
	const tests = testsBesidesCategory(f);
	for (const e of events) if (tests.every((t) => t(e))) counts[e.category] += 1;
	return counts;
}
