/**
 * The one place where the filter state decides what each view shows: events (applyFilters), COP
 * sessions (filterSessions) and participants (filterParticipants). Every view derives its rows from
 * here, so the timeline, the tables, the chart and the summary line can never disagree.
 */
import { dayNumber, spanEnd, spanStart, type IsoDate } from '$lib/data/calendarDate';
import {
	recordOf,
	statusMatches,
	statusOf,
	type PartyRecord,
	type StatusIndex
} from '$lib/data/legalStatus';
import type { Participant, ParticipantAlias } from '$lib/data/rowSchemas';
import {
	findTerm,
	foldTexts,
	matchesFolded,
	matchRank,
	normalizeForSearch,
	parseQuery,
	type Query
} from '$lib/data/textSearch';
import {
	CATEGORY_IDS,
	INSTRUMENT_IDS,
	type CategoryId,
	type CopSession,
	type InstrumentId,
	type TimelineEvent
} from '$lib/data/schema';
import { lang, participantName } from '$lib/i18n/i18n.svelte';
import type { Filters } from './filters';

type Test = (e: TimelineEvent) => boolean;

/**
 * Each record's folded search text, made once per record: records are parsed once per dataset and
 * never mutated, so keying by the record lets every filter change reuse the folding (issue 15: folding
 * on every change was over half of the busy time at 100× data).
 */
const folded = new WeakMap<object, string>();
function haystack(
	record: object,
	texts: () => (string | null)[],
	cache: WeakMap<object, string> = folded
): string {
	let h = cache.get(record);
	if (h === undefined) {
		h = foldTexts(texts());
		cache.set(record, h);
	}
	return h;
}

/** An event's searched texts. */
const eventTexts = (e: TimelineEvent) => [e.title, e.description, e.location];

/** The years a record's dates fall in, which a four-digit term also matches ("Palermo 2000"). */
const yearsOf = (...dates: (string | null)[]): string[] =>
	dates.filter((d) => d !== null).map((d) => d.slice(0, 4));

/** The query of f, parsed once per filter change; null when it has no term. */
function queryOf(f: Filters): Query | null {
	const query = parseQuery(f.q);
	return query.terms.length === 0 ? null : query;
}

/**
 * One test's verdict on each event of an array (1: passes), kept per array and kind of test while the
 * test's own filter stays the same: toggling an instrument tests the instruments alone again, not the
 * search or the window (at 100× the data, the search's terms sought in 8,800 texts three times per
 * change, by applyFilters, timelineEvents and categoryCounts). Arrays and records are never mutated.
 */
const verdicts = new WeakMap<
	readonly TimelineEvent[],
	Map<'window' | 'instruments' | 'query', { key: string; mask: Uint8Array }>
>();
function verdictsOf(
	events: readonly TimelineEvent[],
	kind: 'window' | 'instruments' | 'query',
	key: string,
	test: Test
): Uint8Array {
	let kinds = verdicts.get(events);
	if (!kinds) verdicts.set(events, (kinds = new Map()));
	const last = kinds.get(kind);
	if (last?.key === key) return last.mask;
	const mask = new Uint8Array(events.length);
	for (let i = 0; i < events.length; i++) mask[i] = test(events[i]!) ? 1 : 0;
	kinds.set(kind, { key, mask });
	return mask;
}

/** The verdicts of every test of f on events but the category one, which categoryCounts leaves out. */
function masksBesidesCategory(events: readonly TimelineEvent[], f: Filters): Uint8Array[] {
	const masks: Uint8Array[] = [];
	const w = f.window;
	// An event is in the window when any day it can mean is: "1994" overlaps a window on 1994-11.
	if (w) {
		masks.push(
			verdictsOf(
				events,
				'window',
				`${w.from} ${w.to}`,
				(e) => spanStart(e.date) <= w.to && spanEnd(e.endDate ?? e.date) >= w.from
			)
		);
	}
	const instruments = f.instruments;
	// An event tagged with no instrument is not about a particular one, so no instrument filter hides it.
	if (instruments) {
		masks.push(
			verdictsOf(
				events,
				'instruments',
				instruments.join(' '),
				(e) => e.instruments.length === 0 || e.instruments.some((i) => instruments.includes(i))
			)
		);
	}
	const query = queryOf(f);
	if (query) {
		masks.push(
			verdictsOf(events, 'query', f.q, (e) =>
				matchesFolded(
					haystack(e, () => eventTexts(e)),
					query,
					yearsOf(e.date, e.endDate)
				)
			)
		);
	}
	return masks;
}

/** Does the event at i pass every mask? */
const passes = (masks: readonly Uint8Array[], i: number): boolean => masks.every((m) => m[i] === 1);

/** applyFilters(events, f) keeps the events that pass every filter of f, in their input order. */
export function applyFilters(events: readonly TimelineEvent[], f: Filters): TimelineEvent[] {
	const masks = masksBesidesCategory(events, f);
	const categories = f.categories;
	const kept: TimelineEvent[] = [];
	for (let i = 0; i < events.length; i++) {
		const e = events[i]!;
		if (passes(masks, i) && (!categories || categories.includes(e.category))) kept.push(e);
	}
	return kept;
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
	const masks = masksBesidesCategory(events, f);
	for (let i = 0; i < events.length; i++) if (passes(masks, i)) counts[events[i]!.category] += 1;
	return counts;
}

/**
 * The text a COP session is searched by: its label as the tables show it ("COP 4"), place,
 * presidents, and its resolutions and decisions.
 */
export function sessionSearchText(s: CopSession): (string | null)[] {
	return [
		`COP ${s.session}`,
		s.name,
		s.city,
		s.country,
		s.venue,
		...s.presidents.flatMap((p) => [p.name, p.country]),
		...s.outcomes.flatMap((o) => [o.symbol, o.title])
	];
}

/**
 * filterSessions(sessions, f): the COP sessions that overlap the window, were presided over by one of
 * the chosen regional groups (a session whose presiding group is not known shows only when no group is
 * chosen), and match the search in their place, presidents or outcomes.
 */
export function filterSessions(sessions: readonly CopSession[], f: Filters): CopSession[] {
	const w = f.window;
	const groups = f.groups;
	const query = queryOf(f);
	return sessions.filter(
		(s) =>
			(!w || (s.startDate <= w.to && s.endDate >= w.from)) &&
			(!groups || (s.presidingGroup !== null && groups.includes(s.presidingGroup))) &&
			(!query ||
				matchesFolded(
					haystack(s, () => sessionSearchText(s)),
					query,
					yearsOf(s.startDate, s.endDate)
				))
	);
}

/** The instruments the filters show (all when none is chosen). */
const instrumentsOf = (f: Filters): readonly InstrumentId[] => f.instruments ?? INSTRUMENT_IDS;

/**
 * A participant's consent to each instrument as day numbers, in INSTRUMENT_IDS order (NaN: none): the
 * deposit, or for an undated Party the first and last day of its window (latest NaN: no known end).
 * The counts a window or an as-of change recomputes ask it of every participant, tens of thousands at
 * 100 times the data: numbers compare many times faster than date strings, and one array beats a
 * lookup per instrument.
 */
interface JoinDays {
	deposit: Float64Array;
	earliest: Float64Array;
	latest: Float64Array;
}
const noDays = (): JoinDays => {
	const none = () => new Float64Array(INSTRUMENT_IDS.length).fill(NaN);
	return { deposit: none(), earliest: none(), latest: none() };
};
const NO_JOIN = noDays();

function joinDaysOfRecords(own: ReadonlyMap<InstrumentId, PartyRecord> | undefined): JoinDays {
	if (!own) return NO_JOIN;
	const days = noDays();
	INSTRUMENT_IDS.forEach((id, i) => {
		const r = own.get(id);
		if (!r) return;
		if (r.deposit) days.deposit[i] = dayNumber(r.deposit);
		else if (r.window) {
			days.earliest[i] = dayNumber(r.window.earliest);
			if (r.window.latest) days.latest[i] = dayNumber(r.window.latest);
		}
	});
	return days;
}

/** Per status index: by alpha-3 code, and by participant record (found without hashing its code). */
const joinByCode = new WeakMap<StatusIndex, Map<string, JoinDays>>();
const joinByParticipant = new WeakMap<StatusIndex, WeakMap<Participant, JoinDays>>();

function joinDaysOf(index: StatusIndex, iso3: string): JoinDays {
	let byCode = joinByCode.get(index);
	if (!byCode) joinByCode.set(index, (byCode = new Map()));
	let days = byCode.get(iso3);
	if (!days) byCode.set(iso3, (days = joinDaysOfRecords(index.byParticipant.get(iso3))));
	return days;
}

/** joinDaysIn(index): each participant's join days, by its record (the index's table found once per count). */
function joinDaysIn(index: StatusIndex): (p: Participant) => JoinDays {
	let byParticipant = joinByParticipant.get(index);
	if (!byParticipant) joinByParticipant.set(index, (byParticipant = new WeakMap()));
	const table = byParticipant;
	return (p) => {
		let days = table.get(p);
		if (!days) table.set(p, (days = joinDaysOf(index, p.iso3)));
		return days;
	};
}

/** The positions in INSTRUMENT_IDS of the instruments the filters show. */
const slotsOf = (f: Filters): number[] => instrumentsOf(f).map((id) => INSTRUMENT_IDS.indexOf(id));

/**
 * Joined within [from, to] (day numbers) for one of the instruments at `slots`: deposited inside it,
 * or, undated, with its whole window inside it. The instrument at slot i is at `at + i` in `days`' arrays.
 */
function joinedIn(
	days: JoinDays,
	at: number,
	from: number,
	to: number,
	slots: readonly number[]
): boolean {
	for (const i of slots) {
		const d = days.deposit[at + i] as number;
		if (d === d) {
			if (d >= from && d <= to) return true;
		} else if ((days.earliest[at + i] as number) >= from && (days.latest[at + i] as number) <= to)
			return true;
	}
	return false;
}

/**
 * A Party on day `day` to one of the instruments at `slots`: its deposit on or before it, or, undated,
 * its window over by then (statusOf's 'deposited' or 'in-force'). Slot i at `at + i`, as above.
 */
function partyOn(days: JoinDays, at: number, day: number, slots: readonly number[]): boolean {
	for (const i of slots) {
		const d = days.deposit[at + i] as number;
		if (d === d ? d <= day : (days.latest[at + i] as number) <= day) return true;
	}
	return false;
}

/**
 * The join days of a list of participants in three arrays, participant k's instrument at slot i at
 * k * INSTRUMENT_IDS.length + i: made once per list (the summary's list changes with the search and
 * the groups only), so that a window or as-of change counts 19,800 participants at 100 times the data
 * in one pass over three arrays, not by a lookup and three small arrays per participant.
 */
const joinColumnsOf = new WeakMap<StatusIndex, WeakMap<readonly Participant[], JoinDays>>();
function joinColumns(index: StatusIndex, participants: readonly Participant[]): JoinDays {
	let byList = joinColumnsOf.get(index);
	if (!byList) joinColumnsOf.set(index, (byList = new WeakMap()));
	let cols = byList.get(participants);
	if (cols) return cols;
	const n = INSTRUMENT_IDS.length;
	const size = participants.length * n;
	cols = {
		deposit: new Float64Array(size),
		earliest: new Float64Array(size),
		latest: new Float64Array(size)
	};
	const daysOf = joinDaysIn(index);
	participants.forEach((p, k) => {
		const days = daysOf(p);
		cols.deposit.set(days.deposit, k * n);
		cols.earliest.set(days.earliest, k * n);
		cols.latest.set(days.latest, k * n);
	});
	byList.set(participants, cols);
	return cols;
}

/** joinedWithin(index, iso3, f): did the participant deposit consent to a shown instrument in the window? */
export function joinedWithin(index: StatusIndex, iso3: string, f: Filters): boolean {
	const w = f.window;
	if (!w) return false;
	return joinedIn(joinDaysOf(index, iso3), 0, dayNumber(w.from), dayNumber(w.to), slotsOf(f));
}

/**
 * What the search knows of each participant besides its name and alpha-3 code, from
 * data/participant-aliases.csv: names (short, former, as the depositary wrote them), searched as text
 * like the name, and codes (ISO alpha-2), which match only a whole term ("it" is Italy, not every name
 * with "it" in it). Made once per dataset; it also keeps the participants' folded search texts.
 */
export interface AliasIndex {
	names: ReadonlyMap<string, readonly string[]>;
	/** Folded (lower case). */
	codes: ReadonlyMap<string, readonly string[]>;
	haystacks: WeakMap<object, string>;
}

/** aliasIndex(aliases): the aliases by participant, for filterParticipants and participantRank. */
export function aliasIndex(aliases: readonly ParticipantAlias[]): AliasIndex {
	const names = new Map<string, string[]>();
	const codes = new Map<string, string[]>();
	for (const a of aliases) {
		const [map, value] = a.kind === 'alpha-2' ? [codes, a.alias.toLowerCase()] : [names, a.alias];
		map.set(a.participant, [...(map.get(a.participant) ?? []), value]);
	}
	return { names, codes, haystacks: new WeakMap() };
}

const NO_ALIASES: AliasIndex = aliasIndex([]);

/** Per language, each participant's folded name as that language shows it (participantName). */
const shownNames = new Map<string, WeakMap<object, string>>();

/**
 * The participant's search text: its dataset (English) name, code and aliases, and, in another
 * language, its name as the table shows it there: a reader finds "Allemagne" as well as "Germany".
 */
function participantHaystack(p: Participant, aliases: AliasIndex): string {
	const h = haystack(
		p,
		() => [p.name, p.iso3, ...(aliases.names.get(p.iso3) ?? [])],
		aliases.haystacks
	);
	const l = lang();
	if (l === 'en') return h;
	let cache = shownNames.get(l);
	if (!cache) shownNames.set(l, (cache = new WeakMap()));
	return `${h}\n${haystack(p, () => [participantName(p)], cache)}`;
}

/**
 * foldSearchTexts(events, sessions, participants, aliases): folds the search text of each record that
 * has none yet, as the first search would, one record per step, so that the folding can be done in
 * idle time, a few records at a time, before anyone searches (at 100× the data the first search
 * otherwise folds 27,000 texts, about half a second).
 */
export function* foldSearchTexts(
	events: readonly TimelineEvent[],
	sessions: readonly CopSession[],
	participants: readonly Participant[],
	aliases: AliasIndex
): Generator<void, void, void> {
	for (const e of events) yield void haystack(e, () => eventTexts(e));
	for (const s of sessions) yield void haystack(s, () => sessionSearchText(s));
	for (const p of participants) yield void participantHaystack(p, aliases);
}

/** Does every term of the query occur in the participant's texts or name one of its codes? */
function participantMatches(p: Participant, query: Query, aliases: AliasIndex): boolean {
	const h = participantHaystack(p, aliases);
	const codes = aliases.codes.get(p.iso3) ?? [];
	return query.terms.every((t) => findTerm(h, t) !== -1 || codes.includes(t));
}

/**
 * participantRank(p, q, aliases): how well a participant matches q, for the order of results when the
 * reader has chosen no sort: 3 when q is its name (either), code or an alias whole ("Turkey", "US"),
 * 2 when the phrase occurs in them, 1 when only its terms do, 0 when it does not match.
 */
export function participantRank(p: Participant, q: string, aliases: AliasIndex = NO_ALIASES) {
	const phrase = normalizeForSearch(q);
	if (phrase === '') return 0;
	const whole = [p.name, participantName(p), p.iso3, ...(aliases.names.get(p.iso3) ?? [])].map(
		normalizeForSearch
	);
	if (whole.includes(phrase) || (aliases.codes.get(p.iso3) ?? []).includes(phrase)) return 3;
	if (findTerm(participantHaystack(p, aliases), phrase) !== -1) return 2;
	return participantMatches(p, parseQuery(q), aliases) ? 1 : 0;
}

/**
 * eventRank(e, q): how well an event matches q, for the same order: 2 when the whole phrase occurs in
 * its texts, else 1 (it matched by its terms or its year).
 */
export function eventRank(e: TimelineEvent, q: string): number {
	return Math.max(
		1,
		matchRank(
			haystack(e, () => eventTexts(e)),
			q
		)
	);
}

/**
 * filterParticipants(participants, index, f, aliases): those in the chosen regional groups (a
 * participant in no group shows only when no group is chosen), whose name (the dataset's, or as the
 * interface's language shows it), alpha-3 code or an alias (aliasIndex) matches the search, and,
 * with "joined within the window" on, that deposited consent to a shown instrument inside the window.
 */
export function filterParticipants(
	participants: readonly Participant[],
	index: StatusIndex,
	f: Filters,
	aliases: AliasIndex = NO_ALIASES
): Participant[] {
	const groups = f.groups;
	const query = queryOf(f);
	const w = f.joinedInWindow ? f.window : null;
	const [from, to, slots] = w ? [dayNumber(w.from), dayNumber(w.to), slotsOf(f)] : [0, 0, []];
	const daysOf = joinDaysIn(index);
	return participants.filter(
		(p) =>
			(!groups || (p.group !== null && groups.includes(p.group))) &&
			(!query || participantMatches(p, query, aliases)) &&
			(!w || joinedIn(daysOf(p), 0, from, to, slots))
	);
}

/**
 * withStatus(participants, index, f, asOf): the participants table's own filter, those whose status
 * towards f.statusFor on the as-of date answers f.status (all of them when it is null).
 */
export function withStatus(
	participants: readonly Participant[],
	index: StatusIndex,
	f: Pick<Filters, 'status' | 'statusFor'>,
	asOf: IsoDate
): readonly Participant[] {
	const wanted = f.status;
	if (wanted === null) return participants;
	return participants.filter((p) =>
		statusMatches(wanted, statusOf(recordOf(index, p.iso3, f.statusFor), asOf))
	);
}

/**
 * partiesCount(participants, index, f, asOf): for the summary line. With a window, how many of the
 * participants became a Party to a shown instrument within it ("joined"); without one, how many are a
 * Party to a shown instrument on the as-of date.
 */
export function partiesCount(
	participants: readonly Participant[],
	index: StatusIndex,
	f: Filters,
	asOf: IsoDate
): { count: number; joined: boolean } {
	// Counted, not filtered: no array the size of the participants per change.
	const slots = slotsOf(f);
	const cols = joinColumns(index, participants);
	const n = INSTRUMENT_IDS.length;
	const end = participants.length * n;
	let count = 0;
	if (f.window) {
		const [from, to] = [dayNumber(f.window.from), dayNumber(f.window.to)];
		for (let at = 0; at < end; at += n) if (joinedIn(cols, at, from, to, slots)) count++;
		return { count, joined: true };
	}
	const day = dayNumber(asOf);
	for (let at = 0; at < end; at += n) if (partyOn(cols, at, day, slots)) count++;
	return { count, joined: false };
}
