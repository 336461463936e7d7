/**
 * The single definition of every record in data/: valibot schemas, and the types inferred from them.
 * Field-level rules live here; rules that span records or files (ids, references, date order) live in
 * checkIntegrity.ts.
 */
import * as v from 'valibot';
import { LOCALES } from '../i18n/locales';
import { isCalendarDate, precisionOf } from './calendarDate';

export const INSTRUMENT_IDS = ['UNTOC', 'TIP', 'SOM', 'FIR'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/**
 * The six official languages of the United Nations, as data/instrument-titles.csv writes them. The same
 * six as the interface's LOCALES (src/lib/i18n/locales.ts, which data/ does not import: it sits beside
 * the state; a test keeps the two lists equal).
 */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

export const CATEGORY_IDS = [
	'congress',
	'general-assembly',
	'negotiation',
	'signature',
	'entry-into-force',
	'cop',
	'working-group',
	'review-mechanism',
	'other'
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const GROUP_IDS = ['AFR', 'APG', 'EEG', 'GRULAC', 'WEOG'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

/** What a growth chart counts: States that signed, Parties (consent deposited), Parties bound (in force). */
export const MEASURES = ['signatories', 'parties', 'in-force'] as const;
export type Measure = (typeof MEASURES)[number];

export const CONSENT_KINDS = [
	'ratification',
	'accession',
	'acceptance',
	'approval',
	'succession',
	'formal-confirmation'
] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** Keys the participants file uses for its sources; data/README.md says what each one is. */
export const PARTICIPANT_SOURCE_KEYS = [
	'unsd-m49',
	'lukes',
	'dgacm',
	'mledoze',
	'convention'
] as const;

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const httpUrl = v.pipe(
	v.string(),
	v.regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'must be an http(s) URL without spaces')
);
/** A date written in form but not on the calendar ("2024-02-30") is told so, not told its form. */
const dateMessage =
	(otherwise: string) =>
	({ input }: { input: string }) =>
		/^\d{4}-\d{2}-\d{2}$/.test(input)
			? `${input} is not a calendar date`
			: /^\d{4}-\d{2}$/.test(input) && !/^\d{4}-(0[1-9]|1[0-2])$/.test(input)
				? `${input} is not a calendar month`
				: otherwise;
export const isoDate = v.pipe(
	v.string(),
	v.check(isCalendarDate, dateMessage('must be a real calendar date written YYYY-MM-DD'))
);
const partialDate = v.pipe(
	v.string(),
	v.check(
		(s) => precisionOf(s) !== null,
		dateMessage('must be written YYYY, YYYY-MM or YYYY-MM-DD')
	)
);
const count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0));
const nullableText = v.nullable(text);

export const SourceSchema = v.pipe(
	v.strictObject({
		title: text,
		url: v.optional(httpUrl),
		publication: v.optional(text),
		note: v.optional(text)
	}),
	v.check((s) => s.url !== undefined || s.publication !== undefined, 'needs a url or a publication')
);
export type Source = v.InferOutput<typeof SourceSchema>;

export const sources = v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source'));

/** The longest short title an event may carry. */
export const SHORT_TITLE_MAX = 40;

export const EventSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug')),
	researchId: v.optional(text),
	date: partialDate,
	precision: v.picklist(['day', 'month', 'year']),
	endDate: v.nullable(partialDate),
	title: text,
	/** A shorter title for tight places (at most 40 characters), written from the record; the title stays whole. */
	shortTitle: v.optional(
		v.pipe(text, v.maxLength(SHORT_TITLE_MAX, `must be at most ${SHORT_TITLE_MAX} characters`))
	),
	description: text,
	category: v.picklist(CATEGORY_IDS, `must be one of ${CATEGORY_IDS.join(', ')}`),
	location: nullableText,
	instruments: v.array(v.picklist(INSTRUMENT_IDS)),
	sources,
	notes: nullableText
});
export type TimelineEvent = v.InferOutput<typeof EventSchema>;

const sourcedValue = <T extends v.GenericSchema>(value: T) =>
	v.strictObject({ value, sources, note: v.optional(nullableText) });

export const CopSessionSchema = v.strictObject({
	session: v.pipe(count, v.minValue(1)),
	name: text,
	eventId: nullableText,
	startDate: isoDate,
	endDate: isoDate,
	precision: v.picklist(['day', 'month', 'year']),
	city: nullableText,
	country: nullableText,
	venue: nullableText,
	format: v.nullable(v.picklist(['in-person', 'hybrid'])),
	presidents: v.array(v.strictObject({ name: text, country: nullableText, role: text, sources })),
	presidingGroup: v.nullable(v.picklist(GROUP_IDS)),
	presidingGroupBasis: v.nullable(v.picklist(['recorded', 'inferred'])),
	presidingGroupNote: nullableText,
	reportSymbol: v.nullable(sourcedValue(text)),
	outcomes: v.array(
		v.strictObject({
			symbol: nullableText,
			kind: v.nullable(v.picklist(['resolution', 'decision'])),
			title: nullableText,
			titleNote: nullableText,
			sources
		})
	),
	outcomeCount: v.strictObject({
		value: v.nullable(count),
		kind: text,
		note: nullableText,
		sources: v.array(SourceSchema)
	}),
	participation: v.strictObject({
		statesParties: v.nullable(count),
		signatories: v.nullable(count),
		observers: v.nullable(count),
		ngos: v.nullable(count),
		participantsTotal: v.nullable(count),
		sideEvents: v.nullable(count),
		qualifier: nullableText,
		note: nullableText,
		sources: v.array(SourceSchema)
	}),
	partiesAtTime: v.nullable(sourcedValue(count)),
	highlights: v.array(text),
	conflicts: v.array(text),
	missing: v.array(text),
	sources
});
export type CopSession = v.InferOutput<typeof CopSessionSchema>;

const mtdsgNo = v.pipe(v.string(), v.regex(/^XVIII-12(-[abc])?$/, 'must be XVIII-12[-a|-b|-c]'));

export const InstrumentSchema = v.strictObject({
	id: v.picklist(INSTRUMENT_IDS),
	untcChapter: mtdsgNo,
	/** The depositary's number for the treaty (mtdsg_no), the key of its UN Treaty Collection status page. */
	untcMtdsgNo: mtdsgNo,
	/** The instrument's status page in the UN Treaty Collection: the depositary's record of every action. */
	untcStatusUrl: httpUrl,
	name: text,
	shortName: text,
	parent: v.nullable(v.picklist(INSTRUMENT_IDS)),
	placeAndDate: nullableText,
	adoption: v.strictObject({
		resolution: v.pipe(v.string(), v.regex(/^\d+\/\d+$/, 'must be a GA resolution like 55/25')),
		date: isoDate,
		annex: nullableText,
		note: nullableText,
		sources
	}),
	signature: v.strictObject({
		article: text,
		openFrom: isoDate,
		closedOn: v.nullable(isoDate),
		places: text,
		signatoriesTotal: v.nullable(count),
		paraphrase: text,
		notes: v.array(text),
		sources
	}),
	entryIntoForce: v.strictObject({
		date: isoDate,
		thresholdDepositDate: v.nullable(isoDate),
		note: nullableText,
		sources
	}),
	entryIntoForceRule: v.strictObject({
		article: text,
		keySentence: text,
		paraphrase: text,
		instrumentsNeeded: v.pipe(count, v.minValue(1)),
		daysAfterThresholdDeposit: count,
		daysAfterLaterDeposit: count,
		laterDepositRule: text,
		reioCountsTowardThreshold: v.boolean(),
		notBeforeParentInForce: v.boolean(),
		notBeforeParentNote: nullableText,
		sources
	}),
	relationArticle: v.nullable(
		v.strictObject({ article: text, keySentence: text, paraphrase: text, sources })
	),
	unts: v.nullable(
		v.strictObject({
			registrationDate: v.nullable(isoDate),
			registrationNumber: v.nullable(count),
			volume: v.nullable(count),
			page: v.nullable(count),
			note: nullableText,
			sources
		})
	),
	extra: v.optional(v.record(v.string(), v.unknown())),
	sources
});
export type Instrument = v.InferOutput<typeof InstrumentSchema>;

/** The views a tour stop can show. */
export const STOP_VIEWS = ['timeline', 'ratifications', 'cop-sessions', 'map'] as const;

/**
 * The languages a tour's text may be translated into: the interface's, but English, in which a tour's
 * own text is written (and shown, marked as English, wherever a translation is missing).
 */
export const TOUR_LANGUAGES = LOCALES.filter((l) => l !== 'en');

/** translations({ title, … }): a tour's or stop's own texts in other languages, each one optional. */
const translations = <E extends v.ObjectEntries>(entries: E) =>
	v.optional(
		v.record(
			v.picklist(
				TOUR_LANGUAGES,
				`must be one of ${TOUR_LANGUAGES.join(', ')} (the tour's own text is the English)`
			),
			v.strictObject(entries)
		)
	);

export const TourSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug')),
	title: text,
	description: text,
	/** The title and description in other languages: { "fr": { "title": "…" } }. */
	translations: translations({ title: v.optional(text), description: v.optional(text) }),
	stops: v.pipe(
		v.array(
			v.strictObject({
				title: text,
				narration: text,
				/** What the presenter says at this stop (the presenter view shows it; the stage does not). */
				notes: v.optional(text),
				view: v.picklist(STOP_VIEWS, `must be one of ${STOP_VIEWS.join(', ')}`),
				/** The view's filter state, written as the app's URL query. */
				query: v.string(),
				/** The events the stop's claims come from (their sources back it). */
				events: v.pipe(
					v.array(text),
					v.minLength(1, 'a stop must name the events its claims come from')
				),
				/** Predict, then reveal: the chart hides what happened after this date until revealed. */
				reveal: v.nullable(v.strictObject({ after: isoDate })),
				/** The title, narration and notes in other languages: { "fr": { "narration": "…" } }. */
				translations: translations({
					title: v.optional(text),
					narration: v.optional(text),
					notes: v.optional(text)
				})
			})
		),
		v.minLength(1, 'a tour needs at least one stop')
	)
});
export type Tour = v.InferOutput<typeof TourSchema>;
