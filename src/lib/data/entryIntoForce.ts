/**
 * An instrument's entry into force computed from its rule (data/instruments.json) and the deposits in
 * data/treaty-actions.csv: the Nth counted instrument's deposit date plus the rule's days, and for a
 * Protocol never before the Convention itself (Protocol article on entry into force, paragraph 1).
 */
import { addDays, type IsoDate } from './calendarDate';
import type { Participant, TreatyAction } from './rowSchemas';
import type { Instrument } from './schema';

export interface ComputedEntryIntoForce {
	/** Deposit date of the instrument that reached the threshold, or null if never reached. */
	thresholdDepositDate: IsoDate | null;
	/** The computed date, or null if the threshold is not reached in the data. */
	date: IsoDate | null;
	/** Undated Parties whose window opens before the threshold: they could change the result. */
	uncertainBecause: TreatyAction[];
}

/** computeEntryIntoForce(instrument, actions, participants, parent?) applies the rule to the deposits. */
export function computeEntryIntoForce(
	instrument: Instrument,
	actions: readonly TreatyAction[],
	participants: readonly Participant[],
	parentEntryIntoForce: IsoDate | null = null
): ComputedEntryIntoForce {
	const rule = instrument.entryIntoForceRule;
	const reio = new Set(participants.filter((p) => p.kind === 'reio').map((p) => p.iso3));
	const counted = actions.filter(
		(a) =>
			a.instrument === instrument.id && (rule.reioCountsTowardThreshold || !reio.has(a.participant))
	);
	const deposits = counted.flatMap((a) => (a.consentDate !== null ? [a.consentDate] : [])).sort();
	const threshold = deposits[rule.instrumentsNeeded - 1] ?? null;
	const uncertainBecause = counted.filter(
		(a) =>
			a.consentDate === null &&
			a.dateEarliest !== null &&
			(threshold === null || a.dateEarliest <= threshold)
	);
	if (threshold === null) return { thresholdDepositDate: null, date: null, uncertainBecause };
	let date = addDays(threshold, rule.daysAfterThresholdDeposit);
	if (rule.notBeforeParentInForce && parentEntryIntoForce !== null && parentEntryIntoForce > date) {
		date = parentEntryIntoForce;
	}
	return { thresholdDepositDate: threshold, date, uncertainBecause };
}
