/**
 * What the tour pages that are not a presentation need from the dataset, cut to that: the list of
 * bundled tours (/present) and the events a stop may cite (/tours, the editor). Both pages are
 * prerendered from these alone, so neither loads the dataset in the browser.
 */
import type { Dataset } from '$lib/data/dataset';
import type { TimelineEvent, Tour } from '$lib/data/schema';

/** One bundled tour as /present lists it. */
export type TourCard = Pick<Tour, 'id' | 'title' | 'description'> & { stopCount: number };

/** tourCards(tours) lists each tour's id, title, description and number of stops, in order. */
export function tourCards(tours: readonly Tour[]): TourCard[] {
	return tours.map((t) => ({
		id: t.id,
		title: t.title,
		description: t.description,
		stopCount: t.stops.length
	}));
}

/** What the tour editor checks a stop and an opened file against. */
export interface EditorInput {
	/** Every event's id and title: a stop's sources must name one, and are shown by title. */
	events: Pick<TimelineEvent, 'id' | 'title'>[];
	/** The bundled tours' ids, which an opened file's tour may not take. */
	tourIds: string[];
}

/** editorInput(dataset) gives the tour editor the events and the bundled tours' ids. */
export function editorInput(d: Pick<Dataset, 'events' | 'tours'>): EditorInput {
	return {
		events: d.events.map((e) => ({ id: e.id, title: e.title })),
		tourIds: d.tours.map((t) => t.id)
	};
}
