/**
 * The one shared, reactive filter state of a page. Created by the page and handed down with
 * createContext, never held at module level: module state would be shared by every request during
 * server rendering. Views read the fields and change them only through the intent methods, which
 * keep the lists in normal form (see normalizeFilters).
 */
import { createContext } from 'svelte';
import type { IsoDate } from '$lib/data/calendarDate';
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
	/** What the pointer or focus is on; replaced whole, and cleared only by whoever set it. */
	#hover = $state.raw<Hover>(null);

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
			joinedInWindow: this.joinedInWindow
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

	setQuery(q: string) {
		this.q = q;
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

	/** The as-of date; null goes back to the data's own date. */
	setAsOf(date: IsoDate | null) {
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
