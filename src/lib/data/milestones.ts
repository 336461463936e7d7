/**
 * The deposits that made an instrument's history: its 1st, 40th, 100th, 150th Party, and the 40th
 * instrument that counted toward its entry into force. Counted from data/treaty-actions.csv the way
 * entryIntoForce.ts counts: every row with a deposit date (ratification, acceptance, approval,
 * accession, succession), in date order. The data knows days, not the order within a day: when several
 * deposits share the day of the nth, each of them may be the nth, so all of them are named.
 */
import { collator, intlTag, m as messages } from '$lib/i18n/i18n.svelte';
import { englishOrdinal } from '$lib/i18n/messages/chart/en';
import type { IsoDate } from './calendarDate';
import { formatDate } from './formatDate';
import type { Participant, TreatyAction } from './rowSchemas';
import type { Instrument, InstrumentId } from './schema';

export interface Milestone {
	instrument: InstrumentId;
	/** The count reached: 1 for the 1st Party, 40 for the 40th. */
	n: number;
	/** The day of the nth deposit. */
	date: IsoDate;
	/** Everyone who deposited that day (ISO3, in file order): one of them is the nth. */
	participants: string[];
	/** The ranks that day's deposits share, first and last (equal when one deposit that day). */
	ranks: [number, number];
	/** Undated Parties whose window opens by that day: with a date they could change the rank. */
	uncertainBecause: string[];
}

/** What the table shows by default: the 1st, 40th, 100th and 150th Party. */
export const MILESTONE_RANKS = [1, 40, 100, 150] as const;

/** nthDeposit(actions, instrument, n, leaveOut) finds the nth deposit, leaving out some participants. */
export function nthDeposit(
	actions: readonly TreatyAction[],
	instrument: InstrumentId,
	n: number,
	leaveOut: ReadonlySet<string> = new Set()
): Milestone | null {
	const counted = actions.filter(
		(a) => a.instrument === instrument && !leaveOut.has(a.participant)
	);
	const dated = counted
		.filter((a): a is TreatyAction & { consentDate: IsoDate } => a.consentDate !== null)
		.map((a, i) => ({ a, i }))
		.sort((x, y) =>
			x.a.consentDate < y.a.consentDate ? -1 : x.a.consentDate > y.a.consentDate ? 1 : x.i - y.i
		)
		.map((x) => x.a);
	const nth = n >= 1 ? dated[n - 1] : undefined;
	if (!nth) return null;
	const date = nth.consentDate;
	const first = dated.findIndex((a) => a.consentDate === date);
	const sameDay = dated.filter((a) => a.consentDate === date);
	return {
		instrument,
		n,
		date,
		participants: sameDay.map((a) => a.participant),
		ranks: [first + 1, first + sameDay.length],
		uncertainBecause: counted
			.filter((a) => a.consentDate === null && a.dateEarliest !== null && a.dateEarliest <= date)
			.map((a) => a.participant)
	};
}

/** A milestone and the entry into force it set off. */
export interface ThresholdMilestone extends Milestone {
	/** The instrument's recorded entry into force (data/instruments.json). */
	entryIntoForce: IsoDate;
}

/**
 * thresholdMilestone(instrument, actions, participants): the deposit that reached the number of
 * instruments the entry-into-force rule needs, counting a regional organization only if the rule does
 * (for all four instruments it does not: its instrument does not add to its members').
 */
export function thresholdMilestone(
	instrument: Instrument,
	actions: readonly TreatyAction[],
	participants: readonly Participant[]
): ThresholdMilestone | null {
	const rule = instrument.entryIntoForceRule;
	const leaveOut = new Set(
		rule.reioCountsTowardThreshold
			? []
			: participants.filter((p) => p.kind === 'reio').map((p) => p.iso3)
	);
	const m = nthDeposit(actions, instrument.id, rule.instrumentsNeeded, leaveOut);
	return m && { ...m, entryIntoForce: instrument.entryIntoForce.date };
}

/**
 * milestoneTable(actions, instruments, ranks): for each instrument, its 1st, 40th, 100th and 150th
 * Party (null where the data has not that many), counting every Party as the chart does, the European
 * Union included.
 */
export function milestoneTable(
	actions: readonly TreatyAction[],
	instruments: readonly InstrumentId[],
	ranks: readonly number[] = MILESTONE_RANKS
): { instrument: InstrumentId; milestones: (Milestone | null)[] }[] {
	return instruments.map((id) => ({
		instrument: id,
		milestones: ranks.map((n) => nthDeposit(actions, id, n))
	}));
}

/** ordinal(n): "1st", "2nd", "3rd", "40th", "111th" (English; each language words its ranks itself). */
export const ordinal = englishOrdinal;

const lists = new Map<string, Intl.ListFormat>();
/** The current language's "A, B or C" (Intl.ListFormat). */
function orList(names: string[]): string {
	const tag = intlTag();
	let f = lists.get(tag);
	if (!f) lists.set(tag, (f = new Intl.ListFormat(tag, { type: 'disjunction' })));
	return f.format(names);
}

/**
 * milestoneWho(m, nameOf): who made the milestone, in words: "Poland", or for deposits on one day
 * "Belize, Lao People's Democratic Republic, Poland or Rwanda" (in the language's order and words).
 */
export function milestoneWho(m: Milestone, nameOf: (iso3: string) => string): string {
	return orList(m.participants.map(nameOf).sort(collator().compare));
}

/** milestoneText(m, nameOf): "40th: Poland, 4 April 2005" (with "(same day)" for a shared day). */
export function milestoneText(m: Milestone, nameOf: (iso3: string) => string): string {
	return messages.chart.milestoneText(
		m.n,
		milestoneWho(m, nameOf),
		m.participants.length > 1,
		formatDate(m.date)
	);
}

/** wrapWords(text, maxChars): the text in lines of at most maxChars (a longer word gets its own). */
export function wrapWords(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= maxChars)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/**
 * milestoneLines(m, label, nameOf): a threshold milestone's label on the chart, a line each:
 * ["Firearms 40th: Poland, 4 April 2005", "in force 3 July 2005"]; deposits on one day are
 * all named, on lines of their own.
 */
export function milestoneLines(
	m: ThresholdMilestone,
	label: string,
	nameOf: (iso3: string) => string
): string[] {
	const t = messages.chart;
	const eif = t.inForceOn(formatDate(m.entryIntoForce));
	if (m.participants.length === 1)
		return [t.milestoneLine(label, m.n, milestoneWho(m, nameOf), formatDate(m.date)), eif];
	return [
		t.milestoneDay(label, m.n, formatDate(m.date)),
		...wrapWords(t.sameDay(milestoneWho(m, nameOf)), 40),
		eif
	];
}
