/**
 * The figures the home page opens with, all computed from the dataset: how many events, how many COP
 * sessions, and how many Parties each instrument has on a date — the as-of date the reader set, else the
 * data's own (the newest deposit it records) — with undated Parties kept apart rather than given a date.
 * With an as-of date set, events and sessions count what had happened by then.
 */
import { spanStart } from './calendarDate';
import type { Dataset } from './dataset';
import { countParties, type PartyCount } from './partyCount';
import type { InstrumentId } from './schema';

export interface HeadlineFigures {
	events: number;
	firstYear: string;
	lastYear: string;
	copSessions: number;
	/** The date the figures count on: the reader's as-of date, else the data's newest treaty action. */
	asOf: string;
	/** Did the reader set it (true), or is it the data's own date (false)? */
	chosen: boolean;
	parties: { id: InstrumentId; shortName: string; count: FigureCount }[];
}

/**
 * A Party count as the figures show it: the numbers only (the page carries the figures for hydration,
 * so they hold no records).
 */
export interface FigureCount {
	/** Parties with a known deposit date on or before the date. */
	dated: number;
	/** dated + the undated Parties certainly Parties by then: the count the data can vouch for. */
	certain: number;
	/** Undated Parties certainly Parties by then. */
	undatedCertain: number;
	/** Undated Parties possibly Parties by then. */
	undatedPossible: number;
}

function figureCount(c: PartyCount): FigureCount {
	return {
		dated: c.dated,
		certain: c.certain,
		undatedCertain: c.undatedCertain.length,
		undatedPossible: c.undatedPossible.length
	};
}

/** dataAsOf(dataset): the newest date recorded in the treaty actions. */
export function dataAsOf(d: Pick<Dataset, 'treatyActions'>): string {
	let max = '';
	for (const a of d.treatyActions) {
		for (const x of [a.consentDate, a.signatureDate, a.dateLatest])
			if (x !== null && x > max) max = x;
	}
	return max;
}

/**
 * headlineFigures(dataset, asOf?) computes the home page's opening figures on the reader's as-of date,
 * or, without one, on the data's own.
 */
export function headlineFigures(d: Dataset, chosenAsOf: string | null = null): HeadlineFigures {
	const asOf = chosenAsOf ?? dataAsOf(d);
	// An event counts once it had begun by the date (a year-precision "2010" by 31 December 2010).
	const events = chosenAsOf ? d.events.filter((e) => spanStart(e.date) <= asOf) : d.events;
	const years = events.map((e) => e.date.slice(0, 4)).sort();
	return {
		events: events.length,
		firstYear: years[0] ?? '',
		lastYear: chosenAsOf ? asOf.slice(0, 4) : (years[years.length - 1] ?? ''),
		copSessions: chosenAsOf
			? d.copSessions.filter((s) => s.startDate <= asOf).length
			: d.copSessions.length,
		asOf,
		chosen: chosenAsOf !== null,
		parties: d.instruments.map((i) => ({
			id: i.id,
			shortName: i.shortName,
			count: figureCount(countParties(d.treatyActions, i.id, asOf))
		}))
	};
}
