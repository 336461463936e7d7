/**
 * The gaps the data itself shows, listed for the About page and the consistency tests: Parties whose
 * deposit date is unknown (with the window it lies in), consent instruments whose kind is unknown, COP
 * session facts the research could not find, and the treaty-law notices from findNotices.
 */
import { findNotices } from './checkIntegrity';
import type { Dataset } from './parseDataset';
import { formatProblem } from './problems';
import type { TreatyAction } from './rowSchemas';

export interface KnownGaps {
	undatedParties: (TreatyAction & { name: string })[];
	unknownConsentKind: (TreatyAction & { name: string })[];
	copMissing: { session: number; missing: string[] }[];
	notices: string[];
}

/** knownGaps(dataset) lists what the data does not know, record by record. */
export function knownGaps(d: Dataset): KnownGaps {
	const names = new Map(d.participants.map((p) => [p.iso3, p.name]));
	const named = (a: TreatyAction) => ({ ...a, name: names.get(a.participant) ?? a.participant });
	return {
		undatedParties: d.treatyActions.filter((a) => a.consentDate === null && a.dateEarliest !== null).map(named),
		unknownConsentKind: d.treatyActions.filter((a) => a.consentDate !== null && a.consentKind === null).map(named),
		copMissing: d.copSessions
			.filter((s) => s.missing.length > 0)
			.map((s) => ({ session: s.session, missing: s.missing })),
		notices: findNotices(d).map(formatProblem)
	};
}
