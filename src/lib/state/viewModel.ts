/**
 * What the views show, derived from the dataset, a filter snapshot and what is pointed at: the pure
 * half of the page's view model. The dashboard and the presentation both read it (through
 * pageModel.svelte.ts, which only memoises these calls), so a stop on the stage and the same view in
 * the app can never disagree. Every function here is pure and tested in viewModel.test.ts.
 */
import type { IsoDate } from '$lib/data/calendarDate';
import {
	CATEGORY_IDS,
	type CategoryId,
	type CopSession,
	type Source,
	type TimelineEvent
} from '$lib/data/schema';
import type { Participant } from '$lib/data/rowSchemas';
import { applyFilters, categoryCounts } from './applyFilters';
import type { Filters, Hover } from './filters';

/**
 * timelineEvents(events, f): the events the timeline's lanes hold. The window is the timeline's zoom,
 * not a filter on its marks, so every other filter applies and the window does not.
 */
export function timelineEvents(events: readonly TimelineEvent[], f: Filters): TimelineEvent[] {
	return applyFilters(events, { ...f, window: null });
}

/** timelineLanes(categories): the categories that get a lane (null: all), in their fixed order. */
export function timelineLanes(categories: readonly CategoryId[] | null): CategoryId[] {
	return categories ? CATEGORY_IDS.filter((c) => categories.includes(c)) : [...CATEGORY_IDS];
}

/**
 * laneCounts(onTimeline, f): how many of the timeline's events each lane holds within the window, for
 * its legend; the same counts the categories menu gives.
 */
export function laneCounts(
	onTimeline: readonly TimelineEvent[],
	f: Filters
): Record<CategoryId, number> {
	return categoryCounts(onTimeline, { ...f, categories: null });
}

/**
 * markedParticipant(participants, party, hover): whose steps the chart and the timeline mark — the
 * selected participant, else the one pointed at in another view, else nobody.
 */
export function markedParticipant(
	participants: readonly Participant[],
	party: string | null,
	hover: Hover
): Participant | null {
	const id = party ?? (hover?.kind === 'participant' ? hover.id : null);
	return id === null ? null : (participants.find((p) => p.iso3 === id) ?? null);
}

/** highlightedEvents(hover, sessions): the events another view points at (an event, or a session's). */
export function highlightedEvents(hover: Hover, sessions: readonly CopSession[]): Set<string> {
	if (hover?.kind === 'event') return new Set([hover.id]);
	if (hover?.kind === 'session') {
		const id = sessions.find((s) => s.session === hover.n)?.eventId;
		return new Set(id ? [id] : []);
	}
	return new Set();
}

/**
 * linkedDate(hover, sessions, events): the day another view points at, for the chart's crosshair and
 * the timeline's rule — a date, a session's first day, or an event known to the day (an event known
 * only to the month or year has no one day to point at).
 */
export function linkedDate(
	hover: Hover,
	sessions: readonly CopSession[],
	events: readonly TimelineEvent[]
): IsoDate | null {
	if (hover?.kind === 'date') return hover.date;
	if (hover?.kind === 'session')
		return sessions.find((s) => s.session === hover.n)?.startDate ?? null;
	if (hover?.kind === 'event') {
		const e = events.find((x) => x.id === hover.id);
		return e && e.precision === 'day' ? e.date : null;
	}
	return null;
}

/** stopSources(ids, events): the sources of the events a tour stop cites, each source once, in order. */
export function stopSources(ids: readonly string[], events: readonly TimelineEvent[]): Source[] {
	const seen = new Set<string>();
	return ids
		.flatMap((id) => events.find((e) => e.id === id)?.sources ?? [])
		.filter((s) => {
			const key = s.url ?? s.title;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}
