/**
 * What the About page says about the data, computed once from the dataset: the records in each file,
 * the as-of date and the known gaps, each gap already the line the page prints. The page is
 * prerendered from these facts alone and carries them for hydration, so they are kept to its words:
 * it never loads the dataset in the browser, and still cannot drift from it.
 */
import type { Dataset } from './dataset';
import { formatDate } from './formatDate';
import { dataAsOf } from './headlineFigures';
import { knownGaps } from './knownGaps';

export interface AboutFacts {
	/** Records in each file of data/, by file name. */
	records: Record<
		| 'events.json'
		| 'cop-sessions.json'
		| 'instruments.json'
		| 'participants.csv'
		| 'treaty-actions.csv'
		| 'published-counts.csv',
		number
	>;
	/** The newest date of any treaty action, YYYY-MM-DD. */
	asOf: string;
	/** One line per Party whose date is unknown: who, to what, and the window its date lies in. */
	undatedParties: string[];
	/** One line per consent whose kind (ratification, accession, ...) is not recorded. */
	unknownConsentKind: string[];
	/** One line per Protocol Party with no Convention record. */
	protocolWithoutConvention: string[];
	/** One line per COP session with facts the research could not find. */
	copMissing: string[];
}

/** aboutFacts(dataset) gathers the counts, the as-of date and the gaps the About page shows. */
export function aboutFacts(d: Dataset): AboutFacts {
	const short = new Map(d.instruments.map((i) => [i.id, i.shortName]));
	const gaps = knownGaps(d);
	return {
		records: {
			'events.json': d.events.length,
			'cop-sessions.json': d.copSessions.length,
			'instruments.json': d.instruments.length,
			'participants.csv': d.participants.length,
			'treaty-actions.csv': d.treatyActions.length,
			'published-counts.csv': d.publishedCounts.length
		},
		asOf: dataAsOf(d),
		undatedParties: gaps.undatedParties.map(
			(a) =>
				`${a.name} — ${short.get(a.instrument)}: between ${formatDate(a.dateEarliest ?? '')} and ${a.dateLatest ? formatDate(a.dateLatest) : 'an unknown date'}`
		),
		unknownConsentKind: gaps.unknownConsentKind.map(
			(a) => `${a.name} — ${short.get(a.instrument)}, ${formatDate(a.consentDate ?? '')}`
		),
		protocolWithoutConvention: gaps.protocolWithoutConvention.map(
			(a) =>
				`${a.name} — Party to the ${short.get(a.instrument)} (${formatDate(a.consentDate ?? a.dateEarliest ?? '')}); Convention consent not recorded`
		),
		copMissing: gaps.copMissing.map((s) => `Session ${s.session}: ${s.missing.join('; ')}`)
	};
}
