/**
 * The filter state as plain data: what every view filters by, what the URL stores, what a test builds.
 * One normal form (normalizeFilters) so that two states meaning the same thing are also equal: a list
 * holding every id means "all" and is written null, a window covering the whole span is null.
 */
import type { IsoDate } from '$lib/data/calendarDate';
import type { StatusFilter } from '$lib/data/legalStatus';
import { SERIES_FROM } from '$lib/data/statusCounts';
import {
	CATEGORY_IDS,
	GROUP_IDS,
	INSTRUMENT_IDS,
	type CategoryId,
	type GroupId,
	type InstrumentId,
	type Measure
} from '$lib/data/schema';

/** Inclusive calendar dates, from <= to. */
export interface TimeWindow {
	from: IsoDate;
	to: IsoDate;
}

export interface Filters {
	/** null = the whole span (default). */
	window: TimeWindow | null;
	/** null = all (default); otherwise in CATEGORY_IDS order, no duplicates; [] = none. */
	categories: CategoryId[] | null;
	/** null = all (default); otherwise in INSTRUMENT_IDS order, no duplicates; [] = none. */
	instruments: InstrumentId[] | null;
	/** Search text, trimmed; '' = no search (default). */
	q: string;
	/** The selected event's id. */
	event: string | null;
	/** What the growth chart counts; 'parties' by default. */
	measure: Measure;
	/** The instrument the world map shows; 'UNTOC' by default. */
	map: InstrumentId;
	/** The date every status in the app is read on; null = the data's own as-of date (default). */
	asOf: IsoDate | null;
	/** The selected participant (ISO 3166 alpha-3, or EUU). */
	party: string | null;
	/** UN regional groups shown; null = all (default); in GROUP_IDS order; [] = none. */
	groups: GroupId[] | null;
	/** The selected COP session's number. */
	cop: number | null;
	/** Participants table: only those that joined (deposited consent) within the time window. */
	joinedInWindow: boolean;
	/** Participants table: only those with this status (null = any, default)... */
	status: StatusFilter | null;
	/** ...towards this instrument ('UNTOC' by default). */
	statusFor: InstrumentId;
}

/** What the pointer or focus is on in one view, for the others to highlight. */
export type Hover =
	| { kind: 'event'; id: string }
	| { kind: 'session'; n: number }
	| { kind: 'participant'; id: string }
	| { kind: 'date'; date: string }
	| null;

/** sameHover(a, b): do a and b point at the same thing? */
export function sameHover(a: Hover, b: Hover): boolean {
	if (a === null || b === null) return a === b;
	switch (a.kind) {
		case 'event':
			return b.kind === 'event' && a.id === b.id;
		case 'session':
			return b.kind === 'session' && a.n === b.n;
		case 'participant':
			return b.kind === 'participant' && a.id === b.id;
		case 'date':
			return b.kind === 'date' && a.date === b.date;
	}
}

/** The dates an as-of date may take: from the Convention's adoption to the end of the data. */
export const AS_OF_SPAN: TimeWindow = Object.freeze({ from: SERIES_FROM, to: '2025-12-31' });

/** The years the timeline covers. */
export const TIMELINE_SPAN: TimeWindow = Object.freeze({ from: '1975-01-01', to: '2024-12-31' });

export const DEFAULT_FILTERS: Filters = Object.freeze({
	window: null,
	categories: null,
	instruments: null,
	q: '',
	event: null,
	measure: 'parties',
	map: 'UNTOC',
	asOf: null,
	party: null,
	groups: null,
	cop: null,
	joinedInWindow: false,
	status: null,
	statusFor: 'UNTOC'
});

/** The ids of `all` that `ids` holds, in the order of `all`; null when that is every one of them. */
export function normalizeList<T extends string>(
	ids: readonly T[] | null,
	all: readonly T[]
): T[] | null {
	if (ids === null) return null;
	const kept = all.filter((id) => ids.includes(id));
	return kept.length === all.length ? null : kept;
}

/** The window with its ends in order; null when it covers the whole span. */
export function normalizeWindow(
	w: TimeWindow | null,
	span: TimeWindow = TIMELINE_SPAN
): TimeWindow | null {
	if (w === null) return null;
	const [from, to] = w.from <= w.to ? [w.from, w.to] : [w.to, w.from];
	return from === span.from && to === span.to ? null : { from, to };
}

/**
 * normalizeFilters(f, span) gives the one normal form of f: lists sorted, deduplicated and null when
 * full, q trimmed, window ends in order and null when it is the whole span. Never shares arrays with f.
 */
export function normalizeFilters(f: Filters, span: TimeWindow = TIMELINE_SPAN): Filters {
	return {
		window: normalizeWindow(f.window, span),
		categories: normalizeList(f.categories, CATEGORY_IDS),
		instruments: normalizeList(f.instruments, INSTRUMENT_IDS),
		q: f.q.trim(),
		event: f.event,
		measure: f.measure,
		map: f.map,
		asOf: f.asOf,
		party: f.party,
		groups: normalizeList(f.groups, GROUP_IDS),
		cop: f.cop,
		joinedInWindow: f.joinedInWindow,
		status: f.status,
		statusFor: f.statusFor
	};
}

const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
	a === null || b === null ? a === b : a.length === b.length && a.every((x, i) => x === b[i]);

/** filtersEqual(a, b) is true when a and b filter the same way (compared in normal form). */
export function filtersEqual(a: Filters, b: Filters): boolean {
	const x = normalizeFilters(a);
	const y = normalizeFilters(b);
	return (
		x.window?.from === y.window?.from &&
		x.window?.to === y.window?.to &&
		sameList(x.categories, y.categories) &&
		sameList(x.instruments, y.instruments) &&
		x.q === y.q &&
		x.event === y.event &&
		x.measure === y.measure &&
		x.map === y.map &&
		x.asOf === y.asOf &&
		x.party === y.party &&
		sameList(x.groups, y.groups) &&
		x.cop === y.cop &&
		x.joinedInWindow === y.joinedInWindow &&
		x.status === y.status &&
		x.statusFor === y.statusFor
	);
}
