/**
 * What "Add this view to a tour" proposes: the stop's title and narration from what is selected (an
 * event, a COP session), else from the view and its window; the events that back it (the selected
 * one, else the few events in view the view is about); and the query that restores the view. The
 * presenter edits all of it before it is saved.
 */
import type { Filters } from '$lib/state/filters';
import { applyFilters, filterSessions } from '$lib/state/applyFilters';
import { toQuery } from '$lib/state/url';
import type { CopSession, TimelineEvent } from '$lib/data/schema';
import { m } from '$lib/i18n/i18n.svelte';
import type { Stop } from './tourEdit';

export type StopView = Stop['view'];

/** More events in view than this and the presenter picks the ones the stop is about. */
export const MAX_DEFAULT_EVENTS = 5;

export interface StopDraft {
	view: StopView;
	title: string;
	narration: string;
	query: string;
	/** The events proposed to back the stop (may be empty: then the presenter must pick). */
	events: string[];
	/** The events the presenter can pick from: those in view, or all if none are. */
	choices: TimelineEvent[];
}

/** stopQuery(f): the view's filters as the app's URL query (commas kept readable, as the app does). */
export function stopQuery(f: Filters): string {
	return toQuery(f).toString().replace(/%2C/gi, ',');
}

/** defaultView(f): the view a selection is best shown in. */
export function defaultView(f: Filters): StopView {
	if (f.cop !== null && f.event === null) return 'cop-sessions';
	return 'timeline';
}

const years = (f: Filters) =>
	f.window ? `${f.window.from.slice(0, 4)}–${f.window.to.slice(0, 4)}` : '1975–2024';

/** stopDraft(data, f, view): the proposed stop for the view as the filters show it. */
export function stopDraft(
	data: { events: readonly TimelineEvent[]; copSessions: readonly CopSession[] },
	f: Filters,
	view: StopView
): StopDraft {
	const inView = applyFilters(data.events, f);
	const choices = inView.length > 0 ? inView : [...data.events];
	const query = stopQuery(f);
	const event = data.events.find((e) => e.id === f.event);
	if (event) {
		return {
			view,
			title: event.title,
			narration: event.description,
			query,
			events: [event.id],
			choices
		};
	}
	const session = data.copSessions.find((s) => s.session === f.cop);
	const sessionEvent = data.events.find((e) => e.id === session?.eventId);
	if (session) {
		return {
			view,
			title: session.name,
			narration:
				sessionEvent?.description ?? `${session.name}${session.city ? `, ${session.city}` : ''}.`,
			query,
			events: sessionEvent ? [sessionEvent.id] : [],
			choices
		};
	}
	const about = aboutView(inView, filterSessions(data.copSessions, f), view);
	return {
		view,
		// The proposed title is in the interface's language: the presenter writes the stop in it.
		title: m.present.draftTitle(m.present.draftViews[view], years(f)),
		narration: '',
		query,
		events: about.length <= MAX_DEFAULT_EVENTS ? about : [],
		choices
	};
}

/** The events in view a view with nothing selected is about. */
function aboutView(
	inView: readonly TimelineEvent[],
	sessions: readonly CopSession[],
	view: StopView
): string[] {
	if (view === 'ratifications' || view === 'map') {
		return inView
			.filter((e) => e.category === 'entry-into-force' || e.category === 'signature')
			.map((e) => e.id);
	}
	if (view === 'cop-sessions') {
		const ids = new Set(sessions.map((s) => s.eventId));
		return inView.filter((e) => ids.has(e.id)).map((e) => e.id);
	}
	return inView.map((e) => e.id);
}
