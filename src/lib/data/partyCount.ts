/**
 * Who was a Party to an instrument on a date. A Party whose deposit date is unknown is never given a
 * date: it counts as certainly a Party once its whole window has passed, and as possibly one while the
 * date falls inside its window, so every count is honest about what the data does not know.
 */
import type { InstrumentId } from './schema';
import type { TreatyAction } from './rowSchemas';
import type { IsoDate } from './calendarDate';

export interface PartyCount {
	/** Parties with a known deposit date on or before the date. */
	dated: number;
	/** Undated Parties whose window closed on or before the date: certainly Parties by then. */
	undatedCertain: TreatyAction[];
	/** Undated Parties whose window contains the date (or has no end): possibly Parties by then. */
	undatedPossible: TreatyAction[];
	/** dated + undatedCertain: the count the data can vouch for. */
	certain: number;
	/** certain + undatedPossible: the highest count the data allows. */
	possible: number;
}

export interface CountOptions {
	/** Count the European Union (a regional economic integration organization)? Default true. */
	includeEu?: boolean;
}

/** isParty(a) is true for a row recording consent to be bound, dated or not. */
export function isParty(a: TreatyAction): boolean {
	return a.consentDate !== null || a.dateEarliest !== null;
}

/** countParties(actions, instrument, date) counts Parties on a date, keeping undated ones apart. */
export function countParties(
	actions: readonly TreatyAction[],
	instrument: InstrumentId,
	date: IsoDate,
	{ includeEu = true }: CountOptions = {}
): PartyCount {
	let dated = 0;
	const undatedCertain: TreatyAction[] = [];
	const undatedPossible: TreatyAction[] = [];
	for (const a of actions) {
		if (a.instrument !== instrument || !isParty(a)) continue;
		if (!includeEu && a.participant === 'EUU') continue;
		if (a.consentDate !== null) {
			if (a.consentDate <= date) dated++;
		} else if (a.dateLatest !== null && a.dateLatest <= date) {
			undatedCertain.push(a);
		} else if (a.dateEarliest !== null && a.dateEarliest <= date) {
			undatedPossible.push(a);
		}
	}
	const certain = dated + undatedCertain.length;
	return {
		dated,
		undatedCertain,
		undatedPossible,
		certain,
		possible: certain + undatedPossible.length
	};
}

/** countSignatories(actions, instrument, date): participants that had signed by the date. */
export function countSignatories(
	actions: readonly TreatyAction[],
	instrument: InstrumentId,
	date: IsoDate
): number {
	return actions.filter(
		(a) => a.instrument === instrument && a.signatureDate !== null && a.signatureDate <= date
	).length;
}
