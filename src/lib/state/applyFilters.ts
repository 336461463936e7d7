/**
 * The one place where the filter state decides what each view shows: events (applyFilters), COP
 * sessions (filterSessions) and participants (filterParticipants). Every view derives its rows from
 * here, so the timeline, the tables, the chart and the summary line can never disagree.
 */
import { spanEnd, spanStart, type IsoDate } from '$lib/data/calendarDate';
import { statusOf, type StatusIndex } from '$lib/data/legalStatus';
import type { Participant } from '$lib/data/rowSchemas';
import { foldTexts, matchesFolded, parseQuery, type Query } from '$lib/data/textSearch';
import {
	CATEGORY_IDS,
	INSTRUMENT_IDS,
	type CategoryId,
	type CopSession,
	type InstrumentId,
	type TimelineEvent
} from '$lib/data/schema';
import type { Filters } from './filters';

type Test = (e: TimelineEvent) => boolean;

/**
 * Each record's folded search text, made once per record: records are parsed once per dataset and
 * never mutated, so keying by the record lets every filter change reuse the folding (issue 15: folding
 * on every change was over half of the busy time at 100× data).
 */
const folded = new WeakMap<object, string>();
function haystack(record: object, texts: () => (string | null)[]): string {
	let h = folded.get(record);
	if (h === undefined) {
		h = foldTexts(texts());
		folded.set(record, h);
	}
	return h;
}

/** The years a record's dates fall in, which a four-digit term also matches ("Palermo 2000"). */
const yearsOf = (...dates: (string | null)[]): string[] =>
	dates.filter((d) => d !== null).map((d) => d.slice(0, 4));

/** The query of f, parsed once per filter change; null when it has no term. */
function queryOf(f: Filters): Query | null {
	const query = parseQuery(f.q);
	return query.terms.length === 0 ? null : query;
}

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
	const query = queryOf(f);
	if (query) {
		tests.push((e) =>
			matchesFolded(
				haystack(e, () => [e.title, e.description, e.location]),
				query,
				yearsOf(e.date, e.endDate)
			)
		);
	}
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

/** joinedWithin(index, iso3, f): did the participant deposit consent to a shown instrument in the window? */
export function joinedWithin(index: StatusIndex, iso3: string, f: Filters): boolean {
	const w = f.window;
	if (!w) return false;
	return instrumentsOf(f).some((id) => {
		const r = index.byKey.get(`${iso3} ${id}`);
		if (!r) return false;
		if (r.deposit) return r.deposit >= w.from && r.deposit <= w.to;
		// An undated Party joined within the window only if its whole window lies inside it.
		return !!r.window?.latest && r.window.earliest >= w.from && r.window.latest <= w.to;
	});
}

/**
 * filterParticipants(participants, index, f): those in the chosen regional groups (a participant in no
 * group shows only when no group is chosen), whose name or ISO alpha-3 code matches the search, and, with "joined within
 * the window" on, that deposited consent to a shown instrument inside the time window.
 */
export function filterParticipants(
	participants: readonly Participant[],
	index: StatusIndex,
	f: Filters
): Participant[] {
	const groups = f.groups;
	const query = queryOf(f);
	return participants.filter(
		(p) =>
			(!groups || (p.group !== null && groups.includes(p.group))) &&
			(!query ||
				matchesFolded(
					haystack(p, () => [p.name, p.iso3]),
					query
				)) &&
			(!f.joinedInWindow || !f.window || joinedWithin(index, p.iso3, f))
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
	if (f.window) {
		return {
			count: participants.filter((p) => joinedWithin(index, p.iso3, f)).length,
			joined: true
		};
	}
	const count = participants.filter((p) =>
		instrumentsOf(f).some((id) => {
			const s = statusOf(index.byKey.get(`${p.iso3} ${id}`), asOf);
			return s === 'deposited' || s === 'in-force';
		})
	).length;
	return { count, joined: false };
}
