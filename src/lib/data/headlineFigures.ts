/**
 * The figures the home page opens with, all computed from the dataset: how many events, how many COP
 * sessions, and how many Parties each instrument has on the data's as-of date (the newest deposit it
 * records), with undated Parties kept apart rather than given a date.
 */
import type { Dataset } from './dataset';
import { countParties, type PartyCount } from './partyCount';
import type { InstrumentId } from './schema';

export interface HeadlineFigures {
	events: number;
	firstYear: string;
	lastYear: string;
	copSessions: number;
	/** The newest deposit or signature date in the treaty actions. */
	asOf: string;
	parties: { id: InstrumentId; shortName: string; count: PartyCount }[];
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

/** headlineFigures(dataset) computes the home page's opening figures. */
export function headlineFigures(d: Dataset): HeadlineFigures {
	const asOf = dataAsOf(d);
	const years = d.events.map((e) => e.date.slice(0, 4)).sort();
	return {
		events: d.events.length,
		firstYear: years[0] ?? '',
		lastYear: years[years.length - 1] ?? '',
		copSessions: d.copSessions.length,
		asOf,
		parties: d.instruments.map((i) => ({
			id: i.id,
			shortName: i.shortName,
			count: countParties(d.treatyActions, i.id, asOf)
		}))
	};
}
