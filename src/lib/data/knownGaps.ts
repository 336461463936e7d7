/**
 * The gaps the data itself shows, listed for the About page and the consistency tests: Parties whose
 * deposit date is unknown (with the window it lies in), consent instruments whose kind is unknown, COP
 * session facts the research could not find, and Protocol Parties with no Convention row.
 */
import type { Dataset } from './dataset';
import type { Problem } from './problems';
import { isParty } from './partyCount';
import type { TreatyAction } from './rowSchemas';

export interface KnownGaps {
	undatedParties: (TreatyAction & { name: string })[];
	unknownConsentKind: (TreatyAction & { name: string })[];
	copMissing: { session: number; missing: string[] }[];
	/** Protocol Parties with no Convention row, though UNTOC article 37(2) requires one. */
	protocolWithoutConvention: (TreatyAction & { name: string })[];
}

/** knownGaps(dataset) lists what the data does not know, record by record. */
export function knownGaps(d: Dataset): KnownGaps {
	const names = new Map(d.participants.map((p) => [p.iso3, p.name]));
	const named = (a: TreatyAction) => ({ ...a, name: names.get(a.participant) ?? a.participant });
	const untocParties = new Set(
		d.treatyActions.filter((a) => a.instrument === 'UNTOC' && isParty(a)).map((a) => a.participant)
	);
	return {
		undatedParties: d.treatyActions
			.filter((a) => a.consentDate === null && a.dateEarliest !== null)
			.map(named),
		unknownConsentKind: d.treatyActions
			.filter((a) => a.consentDate !== null && a.consentKind === null)
			.map(named),
		copMissing: d.copSessions
			.filter((s) => s.missing.length > 0)
			.map((s) => ({ session: s.session, missing: s.missing })),
		protocolWithoutConvention: d.treatyActions
			.filter((a) => a.instrument !== 'UNTOC' && isParty(a) && !untocParties.has(a.participant))
			.map(named)
	};
}

/**
 * The gaps the data check prints as notices, not errors: they are holes in the research (listed in
 * data/README.md), not mistakes in a record.
 */
export function findNotices(d: Dataset): Problem[] {
	return knownGaps(d).protocolWithoutConvention.map((a) => ({
		file: 'treaty-actions.csv',
		record: `line ${a.line} (${a.participant} ${a.instrument})`,
		field: 'participant',
		message: `${a.name} is a Party to a Protocol but has no Convention row; UNTOC article 37(2) requires one, so its Convention consent is missing from the data`
	}));
}
