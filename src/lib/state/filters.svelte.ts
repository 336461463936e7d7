/**
 * The one shared, reactive filter state of a page. Created by the page and handed down with
 * createContext, never held at module level: module state would be shared by every request during
 * server rendering. Views read the fields and change them only through the intent methods, which
 * keep the lists in normal form (see normalizeFilters).
 */
import { createContext } from 'svelte';
import type { IsoDate } from '$lib/data/calendarDate';
import type { StatusFilter } from '$lib/data/legalStatus';
import {
	CATEGORY_IDS,
	GROUP_IDS,
	INSTRUMENT_IDS,
	type CategoryId,
	type GroupId,
	type InstrumentId,
	type Measure
} from '$lib/data/schema';
import {
	DEFAULT_FILTERS,
	normalizeFilters,
	normalizeList,
	normalizeWindow,
	sameHover,
	type Filters,
	type Hover,
	type TimeWindow
} from './filters';

export type { Hover };

/** The list with id added or removed; a null list means all, so toggling from it removes id. */
function toggled<T extends string>(list: readonly T[] | null, all: readonly T[], id: T): T[] {
	const current = list ?? all;
	return current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
}

/** The fields a person edits in steps (typing, dragging) before committing. */
export type LiveField = 'q' | 'asOf';

export class FilterState {
	window = $state<TimeWindow | null>(DEFAULT_FILTERS.window);
	categories = $state<CategoryId[] | null>(DEFAULT_FILTERS.categories);
	instruments = $state<InstrumentId[] | null>(DEFAULT_FILTERS.instruments);
	/** The search text as typed (trimmed only in snapshot(), so a bound input keeps its spaces). */
	q = $state(DEFAULT_FILTERS.q);
	event = $state<string | null>(DEFAULT_FILTERS.event);
	measure = $state<Measure>(DEFAULT_FILTERS.measure);
	map = $state<InstrumentId>(DEFAULT_FILTERS.map);
	asOf = $state<IsoDate | null>(DEFAULT_FILTERS.asOf);
	party = $state<string | null>(DEFAULT_FILTERS.party);
	groups = $state<GroupId[] | null>(DEFAULT_FILTERS.groups);
	cop = $state<number | null>(DEFAULT_FILTERS.cop);
	joinedInWindow = $state(DEFAULT_FILTERS.joinedInWindow);
	status = $state<StatusFilter | null>(DEFAULT_FILTERS.status);
	statusFor = $state<InstrumentId>(DEFAULT_FILTERS.statusFor);
	/** What the pointer or focus is on; replaced whole, and cleared only by whoever set it. */
	#hover = $state.raw<Hover>(null);
	/**
	 * The latest edit of a field made live (typing a search, dragging the as-of slider) or committed,
	 * for the URL writer: a live edit replaces its history entry, one committed action makes one entry.
	 * `edits` counts them, so that committing an unchanged value still reaches the writer.
	 */
	#edit: { field: LiveField; live: boolean } | null = null;
	edits = $state(0);

	constructor(initial: Filters = DEFAULT_FILTERS) {
		this.apply(initial);
	}

	/** The state as a plain, normalized Filters, safe to keep or compare. */
	snapshot(): Filters {
		return normalizeFilters({
			window: this.window && { from: this.window.from, to: this.window.to },
			categories: this.categories && [...this.categories],
			instruments: this.instruments && [...this.instruments],
			q: this.q,
			event: this.event,
			measure: this.measure,
			map: this.map,
			asOf: this.asOf,
			party: this.party,
			groups: this.groups && [...this.groups],
			cop: this.cop,
			joinedInWindow: this.joinedInWindow,
			status: this.status,
			statusFor: this.statusFor
		});
	}

	/** Replace every filter with those of f (the URL changed, or a saved view is restored). */
	apply(f: Filters) {
		const n = normalizeFilters(f);
		this.window = n.window;
		this.categories = n.categories;
		this.instruments = n.instruments;
		this.q = n.q;
		this.event = n.event;
		this.measure = n.measure;
		this.map = n.map;
		this.asOf = n.asOf;
		this.party = n.party;
		this.groups = n.groups;
		this.cop = n.cop;
		this.joinedInWindow = n.joinedInWindow;
		this.status = n.status;
		this.statusFor = n.statusFor;
	}

	setWindow(w: TimeWindow | null) {
		const next = normalizeWindow(w);
		// The same window again changes nothing (a zoom that ends where it began), so nothing re-runs.
		if (next?.from === this.window?.from && next?.to === this.window?.to) return;
		this.window = next;
	}

	toggleCategory(id: CategoryId) {
		this.setCategories(toggled(this.categories, CATEGORY_IDS, id));
	}

	setCategories(ids: readonly CategoryId[] | null) {
		this.categories = normalizeList(ids, CATEGORY_IDS);
	}

	toggleInstrument(id: InstrumentId) {
		this.setInstruments(toggled(this.instruments, INSTRUMENT_IDS, id));
	}

	setInstruments(ids: readonly InstrumentId[] | null) {
		this.instruments = normalizeList(ids, INSTRUMENT_IDS);
	}

	/** The search text; live while the person is still typing, committed on Enter or leaving the box. */
	setQuery(q: string, live = false) {
		this.#edited('q', live);
		this.q = q;
	}

	#edited(field: LiveField, live: boolean) {
		this.#edit = { field, live };
		this.edits += 1;
	}

	/** The latest live or committed edit since the last call (see #edit), and forget it. */
	takeEdit(): { field: LiveField; live: boolean } | null {
		const e = this.#edit;
		this.#edit = null;
		return e;
	}

	select(id: string | null) {
		this.event = id;
	}

	setMeasure(m: Measure) {
		this.measure = m;
	}

	/** The instrument the world map shows. */
	setMap(id: InstrumentId) {
		this.map = id;
	}

	/** The as-of date; null goes back to the data's own date. Live while a slider is dragged. */
	setAsOf(date: IsoDate | null, live = false) {
		this.#edited('asOf', live);
		this.asOf = date;
	}

	selectParty(id: string | null) {
		this.party = id;
	}

	toggleGroup(id: GroupId) {
		this.setGroups(toggled(this.groups, GROUP_IDS, id));
	}

	setGroups(ids: readonly GroupId[] | null) {
		this.groups = normalizeList(ids, GROUP_IDS);
	}

	selectCop(n: number | null) {
		this.cop = n;
	}

	setJoinedInWindow(on: boolean) {
		this.joinedInWindow = on;
	}

	/** The participants table's status filter: a status (or any Party) towards one instrument. */
	setStatusFilter(status: StatusFilter | null, instrument: InstrumentId = this.statusFor) {
		this.status = status;
		this.statusFor = instrument;
	}

	/** What the pointer or focus is on in some view (read-only: change it with pointAt / unpoint). */
	get hover(): Hover {
		return this.#hover;
	}

	/** A view points at h (the pointer entered it, or it took focus): the others highlight it. */
	pointAt(h: Hover) {
		this.#hover = h;
	}

	/**
	 * The view that pointed at h stops pointing at it. Only its owner clears a hover: if another view has
	 * pointed at something else since, that stays.
	 */
	unpoint(h: Hover) {
		if (sameHover(this.#hover, h)) this.#hover = null;
	}

	/** Every filter back to its default; hover is left to its owner. */
	reset() {
		this.apply(DEFAULT_FILTERS);
	}
}

export const [getFilterState, setFilterState] = createContext<FilterState>();
