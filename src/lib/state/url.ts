/**
 * The URL is the shareable form of the filter state, and its parameters are a public interface: links
 * in papers and emails must keep working. toQuery writes only what differs from the defaults, in a
 * fixed order and in the shortest date form, so that equal states give equal URLs. fromQuery never
 * throws: a value it cannot use is dropped (that field keeps its default) and reported, so the page
 * can say what it ignored instead of failing or silently showing something else.
 */
import { precisionOf, spanEnd, spanStart } from '$lib/data/calendarDate';
import { m } from '$lib/i18n/i18n.svelte';
import { reportParam as report } from '$lib/i18n/locales';
import type { IsoDate } from '$lib/data/calendarDate';
import { STATUS_FILTERS } from '$lib/data/legalStatus';
import { CATEGORY_IDS, GROUP_IDS, INSTRUMENT_IDS, MEASURES, type Measure } from '$lib/data/schema';
import {
	AS_OF_SPAN,
	DEFAULT_FILTERS,
	normalizeFilters,
	TIMELINE_SPAN,
	type Filters,
	type TimeWindow
} from './filters';

/** The parameters this module reads and writes; any other belongs to someone else and is kept. */
export const OWNED_PARAMS = [
	'from',
	'to',
	'categories',
	'instruments',
	'q',
	'event',
	'measure',
	'map',
	'asof',
	'party',
	'groups',
	'cop',
	'joined',
	'status',
	'statusfor'
] as const;
export type OwnedParam = (typeof OWNED_PARAMS)[number];

/** Longer search text is cut to this many characters. */
export const MAX_QUERY_LENGTH = 200;

/** The value of `categories` or `instruments` for an explicitly empty selection. */
const NONE = 'none';

export interface QueryContext {
	/** The ids an `event` parameter may name. */
	eventIds: ReadonlySet<string>;
	/** The span a window must lie in; TIMELINE_SPAN by default. */
	span?: TimeWindow;
	/** The ids a `party` parameter may name; without it, no party is accepted. */
	participantIds?: ReadonlySet<string>;
	/** The session numbers a `cop` parameter may name; without it, no session is accepted. */
	copSessions?: ReadonlySet<number>;
}

/** queryContext(d): what the dataset lets a query name (events, participants, COP sessions). */
export function queryContext(d: {
	events: readonly { id: string }[];
	participants: readonly { iso3: string }[];
	copSessions: readonly { session: number }[];
}): QueryContext {
	return {
		eventIds: new Set(d.events.map((e) => e.id)),
		participantIds: new Set(d.participants.map((p) => p.iso3)),
		copSessions: new Set(d.copSessions.map((s) => s.session))
	};
}

/**
 * A parameter value fromQuery could not use, and why, for a notice on the page. The reason is a getter
 * (see reportParam), read in the interface's language each time the notice is drawn.
 */
export interface IgnoredParam {
	param: string;
	value: string;
	reason: string;
}

const isOwned = (key: string): key is OwnedParam =>
	(OWNED_PARAMS as readonly string[]).includes(key);

/** The shortest way to write a window end that reads back as the same day. */
function writeEnd(date: IsoDate, end: 'from' | 'to'): string {
	const year = date.slice(0, 4);
	const month = date.slice(0, 7);
	if (end === 'from') return date.endsWith('-01-01') ? year : date.endsWith('-01') ? month : date;
	return date.endsWith('-12-31') ? year : date === spanEnd(month) ? month : date;
}

/** toQuery(f, base) writes f's non-default values, keeping every parameter of base it does not own. */
export function toQuery(f: Filters, base?: URLSearchParams): URLSearchParams {
	const n = normalizeFilters(f);
	const out = new URLSearchParams();
	const w = n.window;
	if (w && w.from !== TIMELINE_SPAN.from) out.set('from', writeEnd(w.from, 'from'));
	if (w && w.to !== TIMELINE_SPAN.to) out.set('to', writeEnd(w.to, 'to'));
	if (n.categories) out.set('categories', n.categories.join(',') || NONE);
	if (n.instruments) out.set('instruments', n.instruments.join(',') || NONE);
	if (n.q !== '') out.set('q', n.q);
	if (n.event !== null) out.set('event', n.event);
	if (n.measure !== DEFAULT_FILTERS.measure) out.set('measure', n.measure);
	if (n.map !== DEFAULT_FILTERS.map) out.set('map', n.map);
	if (n.asOf !== null) out.set('asof', n.asOf);
	if (n.party !== null) out.set('party', n.party);
	if (n.groups) out.set('groups', n.groups.join(',') || NONE);
	if (n.cop !== null) out.set('cop', String(n.cop));
	if (n.joinedInWindow) out.set('joined', 'window');
	if (n.status !== null) out.set('status', n.status);
	if (n.statusFor !== DEFAULT_FILTERS.statusFor) out.set('statusfor', n.statusFor);
	for (const [key, value] of base ?? []) if (!isOwned(key)) out.append(key, value);
	return out;
}

type Read<T> = { value: T } | { reason: () => string };

/** A window end: the first (from) or last (to) day the written date can mean, inside the span. */
function readEnd(s: string, end: 'from' | 'to', span: TimeWindow): Read<IsoDate> {
	if (precisionOf(s) === null) return { reason: () => m.frame.reasonNotDate };
	const [first, last] = [spanStart(s), spanEnd(s)];
	if (last < span.from) return { reason: () => m.frame.reasonBefore(writeEnd(span.from, 'from')) };
	if (first > span.to) return { reason: () => m.frame.reasonAfter(writeEnd(span.to, 'to')) };
	// A year or month straddling an edge of the span is cut to the span.
	if (end === 'from') return { value: first < span.from ? span.from : first };
	return { value: last > span.to ? span.to : last };
}

function readWindow(
	from: string | null,
	to: string | null,
	span: TimeWindow,
	ignored: IgnoredParam[]
): TimeWindow | null {
	const read = (s: string | null, end: 'from' | 'to'): IsoDate | null => {
		if (s === null) return null;
		const r = readEnd(s, end, span);
		if ('reason' in r) ignored.push(report(end, s, r.reason));
		return 'value' in r ? r.value : null;
	};
	const [a, b] = [read(from, 'from'), read(to, 'to')];
	if (a === null && b === null) return null;
	if (a !== null && b !== null && a > b) {
		ignored.push(report('from', from ?? '', () => m.frame.reasonFromAfterTo));
		ignored.push(report('to', to ?? '', () => m.frame.reasonFromAfterTo));
		return null;
	}
	return { from: a ?? span.from, to: b ?? span.to };
}

/** A comma-separated list of ids, matched without regard to case; unknown ids are dropped. */
function readList<T extends string>(
	param: 'categories' | 'instruments' | 'groups',
	s: string,
	all: readonly T[],
	ignored: IgnoredParam[]
): T[] | null {
	if (s.toLowerCase() === NONE) return [];
	const unknown = (item: string) =>
		param === 'categories'
			? m.frame.reasonUnknownCategory(item)
			: param === 'groups'
				? m.frame.reasonUnknownGroup(item)
				: m.frame.reasonUnknownInstrument(item);
	const ids: T[] = [];
	for (const item of s.split(',').map((x) => x.trim())) {
		if (item === '') continue;
		const id = all.find((x) => x.toLowerCase() === item.toLowerCase());
		if (id) ids.push(id);
		else ignored.push(report(param, item, () => unknown(item)));
	}
	// Nothing usable is garbage, not a request to show nothing: the field keeps its default.
	return ids.length > 0 ? ids : null;
}

function readQuery(s: string, ignored: IgnoredParam[]): string {
	const chars = Array.from(s);
	if (chars.length <= MAX_QUERY_LENGTH) return s;
	ignored.push(report('q', s, () => m.frame.reasonTooLong(MAX_QUERY_LENGTH)));
	return chars.slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * The first value of each owned parameter, trimmed, leaving out blank ones (a blank value means the
 * default); every later value of a repeated parameter is reported and not used.
 */
function firstValues(params: URLSearchParams, ignored: IgnoredParam[]) {
	const seen = new Set<OwnedParam>();
	const first = new Map<OwnedParam, string>();
	for (const [key, raw] of params) {
		if (!isOwned(key)) continue;
		if (seen.has(key)) ignored.push(report(key, raw, () => m.frame.reasonRepeated));
		else if (raw.trim() !== '') first.set(key, raw.trim());
		seen.add(key);
	}
	return first;
}

/** fromQuery(params, ctx) reads the filter state from a URL; never throws. */
export function fromQuery(
	params: URLSearchParams,
	ctx: QueryContext
): { filters: Filters; ignored: IgnoredParam[] } {
	const span = ctx.span ?? TIMELINE_SPAN;
	const ignored: IgnoredParam[] = [];
	const get = firstValues(params, ignored);
	const filters = { ...DEFAULT_FILTERS };
	filters.window = readWindow(get.get('from') ?? null, get.get('to') ?? null, span, ignored);
	const categories = get.get('categories');
	if (categories !== undefined) {
		filters.categories = readList('categories', categories, CATEGORY_IDS, ignored);
	}
	const instruments = get.get('instruments');
	if (instruments !== undefined) {
		filters.instruments = readList('instruments', instruments, INSTRUMENT_IDS, ignored);
	}
	filters.q = readQuery(get.get('q') ?? '', ignored);
	const event = get.get('event');
	if (event !== undefined) {
		if (ctx.eventIds.has(event)) filters.event = event;
		else ignored.push(report('event', event, () => m.frame.reasonNoEvent));
	}
	const measure = get.get('measure');
	if (measure !== undefined) {
		const found = MEASURES.find((x) => x === measure.toLowerCase());
		if (found) filters.measure = found as Measure;
		else
			ignored.push(report('measure', measure, () => m.frame.reasonNotOneOf(MEASURES.join(', '))));
	}
	const map = get.get('map');
	if (map !== undefined) {
		const id = INSTRUMENT_IDS.find((x) => x.toLowerCase() === map.toLowerCase());
		if (id) filters.map = id;
		else ignored.push(report('map', map, () => m.frame.reasonNotOneOf(INSTRUMENT_IDS.join(', '))));
	}
	const asOf = get.get('asof');
	if (asOf !== undefined) {
		if (precisionOf(asOf) === null) ignored.push(report('asof', asOf, () => m.frame.reasonNotDate));
		else if (spanEnd(asOf) < AS_OF_SPAN.from) {
			ignored.push(report('asof', asOf, () => m.frame.reasonBeforeAdoption));
		} else if (spanStart(asOf) > AS_OF_SPAN.to) {
			ignored.push(report('asof', asOf, () => m.frame.reasonAfter(AS_OF_SPAN.to.slice(0, 4))));
		} else {
			// A year or month means its last day: "as of 2010" is the status at the end of 2010.
			const end = spanEnd(asOf);
			filters.asOf = end > AS_OF_SPAN.to ? AS_OF_SPAN.to : end;
		}
	}
	const party = get.get('party');
	if (party !== undefined) {
		const id = party.toUpperCase();
		if (ctx.participantIds?.has(id)) filters.party = id;
		else ignored.push(report('party', party, () => m.frame.reasonNoParticipant));
	}
	const groups = get.get('groups');
	if (groups !== undefined) filters.groups = readList('groups', groups, GROUP_IDS, ignored);
	const cop = get.get('cop');
	if (cop !== undefined) {
		const n = /^\d{1,3}$/.test(cop) ? Number(cop) : NaN;
		if (ctx.copSessions?.has(n)) filters.cop = n;
		else ignored.push(report('cop', cop, () => m.frame.reasonNoSession));
	}
	const joined = get.get('joined');
	if (joined !== undefined) {
		if (joined.toLowerCase() === 'window') filters.joinedInWindow = true;
		else ignored.push(report('joined', joined, () => m.frame.reasonOnlyWindow));
	}
	const status = get.get('status');
	if (status !== undefined) {
		const s = STATUS_FILTERS.find((x) => x === status.toLowerCase());
		if (s) filters.status = s;
		else
			ignored.push(
				report('status', status, () => m.frame.reasonNotOneOf(STATUS_FILTERS.join(', ')))
			);
	}
	const statusFor = get.get('statusfor');
	if (statusFor !== undefined) {
		const id = INSTRUMENT_IDS.find((x) => x.toLowerCase() === statusFor.toLowerCase());
		if (id) filters.statusFor = id;
		else
			ignored.push(
				report('statusfor', statusFor, () => m.frame.reasonUnknownInstrument(statusFor))
			);
	}
	return { filters: normalizeFilters(filters, span), ignored };
}
