// Small hand-made records for the unit tests of the pure transforms.
import type { Participant, TreatyAction } from './rowSchemas';
import type { CopSession, Instrument, TimelineEvent } from './schema';

let line = 1;

/** action('AAA', 'UNTOC', { consentDate: '2003-01-01' }): one treaty-actions row. */
export function action(
	participant: string,
	instrument: TreatyAction['instrument'],
	fields: Partial<TreatyAction> = {}
): TreatyAction {
	return {
		participant,
		instrument,
		signatureDate: null,
		consentKind: null,
		consentDate: null,
		dateEarliest: null,
		dateLatest: null,
		source: 'https://example.org/source',
		note: null,
		line: line++,
		...fields
	};
}

export function participant(iso3: string, kind: 'state' | 'reio' = 'state'): Participant {
	return {
		iso3,
		m49: kind === 'state' ? '001' : null,
		name: iso3,
		kind,
		region: null,
		subRegion: null,
		intermediateRegion: null,
		group: null,
		notes: null,
		sourceKeys: ['convention'],
		line: line++
	};
}

const src = [{ title: 't', url: 'https://example.org/x' }];

/** instrument('TIP', { instrumentsNeeded: 3, ... }): an instrument with a given entry-into-force rule. */
export function instrument(
	id: Instrument['id'],
	rule: Partial<Instrument['entryIntoForceRule']> = {},
	parent: Instrument['parent'] = null
): Instrument {
	return {
		id,
		untcChapter: 'XVIII-12',
		name: id,
		shortName: id,
		parent,
		placeAndDate: null,
		adoption: { resolution: '55/25', date: '2000-11-15', annex: null, note: null, sources: src },
		signature: {
			article: '36',
			openFrom: '2000-12-12',
			closedOn: '2002-12-12',
			places: 'Palermo',
			signatoriesTotal: null,
			paraphrase: 'p',
			notes: [],
			sources: src
		},
		entryIntoForce: { date: '2003-09-29', thresholdDepositDate: null, note: null, sources: src },
		entryIntoForceRule: {
			article: '38',
			keySentence: 'k',
			paraphrase: 'p',
			instrumentsNeeded: 3,
			daysAfterThresholdDeposit: 90,
			daysAfterLaterDeposit: 30,
			laterDepositRule: 'r',
			reioCountsTowardThreshold: false,
			notBeforeParentInForce: parent !== null,
			notBeforeParentNote: null,
			sources: src,
			...rule
		},
		relationArticle: null,
		unts: null,
		sources: src
	};
}

/** event('cop-1', '2004-06-28', { category: 'cop' }): an event, its precision read from the date's form. */
export function event(id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
	return {
		id,
		date,
		precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
		endDate: null,
		title: id,
		description: 'd',
		category: 'other',
		location: null,
		instruments: [],
		sources: [{ title: 't', url: 'https://example.org/x' }],
		notes: null,
		...extra
	};
}

/** session(1, { startDate: '2004-06-28', presidingGroup: 'AFR' }): a COP session, no outcomes by default. */
export function session(n: number, fields: Partial<CopSession> = {}): CopSession {
	return {
		session: n,
		name: `Session ${n} of the Conference of the Parties`,
		eventId: `cop-${n}`,
		startDate: '2004-06-28',
		endDate: '2004-07-08',
		precision: 'day',
		city: 'Vienna',
		country: 'Austria',
		venue: null,
		format: null,
		presidents: [],
		presidingGroup: null,
		presidingGroupBasis: null,
		presidingGroupNote: null,
		reportSymbol: null,
		outcomes: [],
		outcomeCount: { value: null, kind: 'resolutions and decisions', note: null, sources: [] },
		participation: {
			statesParties: null,
			signatories: null,
			observers: null,
			ngos: null,
			participantsTotal: null,
			sideEvents: null,
			qualifier: null,
			note: null,
			sources: []
		},
		partiesAtTime: null,
		highlights: [],
		conflicts: [],
		missing: [],
		sources: src,
		...fields
	};
}
