/**
 * What the About page says about the data, computed once from the dataset: the records in each file,
 * the as-of date and the known gaps, each gap with only the fields the page words it from (in the
 * interface's language, so the words are the page's, not these facts'). The page is prerendered from
 * these facts alone and carries them for hydration: it never loads the dataset in the browser, and
 * still cannot drift from it.
 */
import type { Dataset } from './dataset';
import { dataAsOf } from './headlineFigures';
import { knownGaps } from './knownGaps';
import type { InstrumentTitle } from './rowSchemas';
import type { InstrumentId } from './schema';

/** A gap in a participant's record: who, towards which instrument, and the dates that are known. */
export interface GapItem {
	/** The record's line in treaty-actions.csv. */
	line: number;
	participant: string;
	/** The participant's name in the dataset (English). */
	name: string;
	instrument: InstrumentId;
	consentDate: string | null;
	dateEarliest: string | null;
	dateLatest: string | null;
}

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
	/** Each Party whose date is unknown: who, to what, and the window its date lies in. */
	undatedParties: GapItem[];
	/** Each consent whose kind (ratification, accession, ...) is not recorded. */
	unknownConsentKind: GapItem[];
	/** Each Protocol Party with no Convention record. */
	protocolWithoutConvention: GapItem[];
	/** The instruments' official titles, in each language a UN source gives one (instrument-titles.csv). */
	titles: Pick<InstrumentTitle, 'instrument' | 'lang' | 'title' | 'short' | 'source'>[];
	/** Each COP session with facts the research could not find (named in English, as the data does). */
	copMissing: { session: number; missing: string[] }[];
}

/** aboutFacts(dataset) gathers the counts, the as-of date and the gaps the About page shows. */
export function aboutFacts(d: Dataset): AboutFacts {
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
		undatedParties: gaps.undatedParties.map(gapItem),
		unknownConsentKind: gaps.unknownConsentKind.map(gapItem),
		protocolWithoutConvention: gaps.protocolWithoutConvention.map(gapItem),
		titles: d.instrumentTitles.map((t) => ({
			instrument: t.instrument,
			lang: t.lang,
			title: t.title,
			short: t.short,
			source: t.source
		})),
		copMissing: gaps.copMissing.map((s) => ({ session: s.session, missing: [...s.missing] }))
	};
}

function gapItem(a: GapItem): GapItem {
	return {
		line: a.line,
		participant: a.participant,
		name: a.name,
		instrument: a.instrument,
		consentDate: a.consentDate,
		dateEarliest: a.dateEarliest,
		dateLatest: a.dateLatest
	};
}
