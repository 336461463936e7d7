/**
 * Editing the presenter's tours as plain data: every function returns a new list and leaves its input
 * alone, so the page can keep the previous list for an undo and write the new one to storage.
 */
import type { Tour } from '$lib/data/schema';

export type Stop = Tour['stops'][number];

/** slugify(title): a lowercase slug for an id ("COP 4, Vienna" → "cop-4-vienna"); "tour" if none. */
export function slugify(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || 'tour';
}

/** uniqueId(base, taken): base, or base-2, base-3 … the first not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) return base;
	for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * createTour(tours, title, description, first, taken): the list with a new tour, and its id. A tour
 * is made with its first stop, as the schema wants one; its id is not taken by any other tour, here or
 * bundled (taken), since routes and the presenter's channel are keyed by it.
 */
export function createTour(
	tours: readonly Tour[],
	title: string,
	description: string,
	first: Stop,
	taken: ReadonlySet<string> = new Set()
): { tours: Tour[]; id: string } {
	const id = uniqueId(slugify(title), new Set([...taken, ...tours.map((t) => t.id)]));
	return { tours: [...tours, { id, title, description, stops: [first] }], id };
}

function mapTour(tours: readonly Tour[], id: string, fn: (t: Tour) => Tour): Tour[] {
	return tours.map((t) => (t.id === id ? fn(t) : t));
}

/** addStop(tours, id, stop): the tour with the stop at its end. */
export function addStop(tours: readonly Tour[], id: string, stop: Stop): Tour[] {
	return mapTour(tours, id, (t) => ({ ...t, stops: [...t.stops, stop] }));
}

/** moveStop(tours, id, from, to): the stop at index from moved to index to (clamped). */
export function moveStop(tours: readonly Tour[], id: string, from: number, to: number): Tour[] {
	return mapTour(tours, id, (t) => {
		const stops = [...t.stops];
		if (from < 0 || from >= stops.length) return t;
		const at = Math.min(Math.max(0, to), stops.length - 1);
		const [s] = stops.splice(from, 1);
		stops.splice(at, 0, s as Stop);
		return { ...t, stops: stops as Tour['stops'] };
	});
}

/** updateStop(tours, id, index, patch): the stop with the patch's fields; an empty notes drops them. */
export function updateStop(
	tours: readonly Tour[],
	id: string,
	index: number,
	patch: Partial<Stop>
): Tour[] {
	return mapTour(tours, id, (t) => ({
		...t,
		stops: t.stops.map((s, i) => {
			if (i !== index) return s;
			const next = { ...s, ...patch };
			if (!next.notes?.trim()) delete next.notes;
			return next;
		}) as Tour['stops']
	}));
}

/** removeStop(tours, id, index): the tour without that stop; a tour keeps its last stop. */
export function removeStop(tours: readonly Tour[], id: string, index: number): Tour[] {
	return mapTour(tours, id, (t) =>
		t.stops.length <= 1
			? t
			: {
					...t,
					stops: t.stops.filter((_, i) => i !== index) as Tour['stops']
				}
	);
}

/** updateTour(tours, id, patch): the tour's title or description changed (its id stays). */
export function updateTour(
	tours: readonly Tour[],
	id: string,
	patch: Partial<Pick<Tour, 'title' | 'description'>>
): Tour[] {
	return mapTour(tours, id, (t) => ({ ...t, ...patch }));
}

/** removeTour(tours, id): the list without the tour. */
export function removeTour(tours: readonly Tour[], id: string): Tour[] {
	return tours.filter((t) => t.id !== id);
}
