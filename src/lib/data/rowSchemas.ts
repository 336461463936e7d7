/**
 * Schemas for the rows of the CSV files in data/. A row arrives as strings by column name, empty cells
 * already turned into null (see parseDataset.ts); each schema checks the columns and outputs a typed
 * record with camelCase fields.
 */
import * as v from 'valibot';
import { treatyCitation } from './compactDataset';
import {
	CONSENT_KINDS,
	GROUP_IDS,
	INSTRUMENT_IDS,
	PARTICIPANT_SOURCE_KEYS,
	UN_LANGUAGES,
	isoDate
} from './schema';

const text = v.pipe(v.string(), v.nonEmpty('must not be empty'));
const iso3 = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be a three-letter code like ALB'));
const nullableDate = v.nullable(isoDate);
const url = v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'));

export const PARTICIPANT_COLUMNS = [
	'iso3',
	'm49',
	'name',
	'kind',
	'region',
	'sub_region',
	'intermediate_region',
	'un_regional_group',
	'notes',
	'source'
] as const;

export const ParticipantRowSchema = v.pipe(
	v.strictObject({
		iso3,
		m49: v.nullable(v.pipe(v.string(), v.regex(/^\d{3}$/, 'must be three digits like 008'))),
		name: text,
		kind: v.picklist(['state', 'reio'], 'must be state or reio'),
		region: v.nullable(text),
		sub_region: v.nullable(text),
		intermediate_region: v.nullable(text),
		un_regional_group: v.nullable(
			v.picklist(GROUP_IDS, `must be one of ${GROUP_IDS.join(', ')} or empty`)
		),
		notes: v.nullable(text),
		source: v.pipe(
			text,
			v.check(
				(s) =>
					s
						.split(';')
						.every((k) => (PARTICIPANT_SOURCE_KEYS as readonly string[]).includes(k.trim())),
				`must be source keys separated by ";" (${PARTICIPANT_SOURCE_KEYS.join(', ')})`
			)
		)
	}),
	v.transform((r) => ({
		iso3: r.iso3,
		m49: r.m49,
		name: r.name,
		kind: r.kind,
		region: r.region,
		subRegion: r.sub_region,
		intermediateRegion: r.intermediate_region,
		group: r.un_regional_group,
		notes: r.notes,
		sourceKeys: r.source.split(';').map((k) => k.trim())
	}))
);
export type Participant = v.InferOutput<typeof ParticipantRowSchema> & { line: number };

export const TREATY_ACTION_COLUMNS = [
	'participant',
	'instrument',
	'signature_date',
	'consent_kind',
	'consent_date',
	'date_earliest',
	'date_latest',
	'source_title',
	'source_url',
	'provenance_title',
	'provenance_url',
	'note'
] as const;

export const TreatyActionRowSchema = v.pipe(
	v.strictObject({
		participant: iso3,
		instrument: v.picklist(INSTRUMENT_IDS, `must be one of ${INSTRUMENT_IDS.join(', ')}`),
		signature_date: nullableDate,
		consent_kind: v.nullable(
			v.picklist(CONSENT_KINDS, `must be one of ${CONSENT_KINDS.join(', ')} or empty`)
		),
		consent_date: nullableDate,
		date_earliest: nullableDate,
		date_latest: nullableDate,
		source_title: text,
		source_url: url,
		provenance_title: text,
		provenance_url: url,
		note: v.nullable(text)
	}),
	v.transform((r) => ({
		participant: r.participant,
		instrument: r.instrument,
		signatureDate: r.signature_date,
		consentKind: r.consent_kind,
		consentDate: r.consent_date,
		dateEarliest: r.date_earliest,
		dateLatest: r.date_latest,
		sourceTitle: r.source_title,
		sourceUrl: r.source_url,
		provenanceTitle: r.provenance_title,
		provenanceUrl: r.provenance_url,
		source: treatyCitation({
			sourceTitle: r.source_title,
			sourceUrl: r.source_url,
			provenanceTitle: r.provenance_title,
			provenanceUrl: r.provenance_url
		}),
		note: r.note
	}))
);
export type TreatyAction = v.InferOutput<typeof TreatyActionRowSchema> & { line: number };

export const PUBLISHED_COUNT_COLUMNS = [
	'instrument',
	'date',
	'published_count',
	'counts_eu',
	'research_result',
	'source_title',
	'source_url',
	'note'
] as const;

export const PublishedCountRowSchema = v.pipe(
	v.strictObject({
		instrument: v.picklist(INSTRUMENT_IDS, `must be one of ${INSTRUMENT_IDS.join(', ')}`),
		date: isoDate,
		published_count: v.pipe(v.string(), v.regex(/^\d+$/, 'must be a whole number')),
		counts_eu: v.picklist(['true', 'false'], 'must be true or false'),
		research_result: text,
		source_title: text,
		source_url: url,
		note: v.nullable(text)
	}),
	v.transform((r) => ({
		instrument: r.instrument,
		date: r.date,
		count: Number(r.published_count),
		countsEu: r.counts_eu === 'true',
		researchResult: r.research_result,
		source: { title: r.source_title, url: r.source_url },
		note: r.note
	}))
);
export type PublishedCount = v.InferOutput<typeof PublishedCountRowSchema> & { line: number };

/** What an alias of a participant is: the kinds data/participant-aliases.csv knows. */
export const ALIAS_KINDS = ['alpha-2', 'short-name', 'former-name', 'depositary-name'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export const PARTICIPANT_ALIAS_COLUMNS = [
	'participant',
	'alias',
	'kind',
	'source_title',
	'source_url',
	'note'
] as const;

/** Another name a participant is searched by (a code, a short name, a former name), with its source. */
export const ParticipantAliasRowSchema = v.pipe(
	v.strictObject({
		participant: iso3,
		alias: text,
		kind: v.picklist(ALIAS_KINDS, `must be one of ${ALIAS_KINDS.join(', ')}`),
		source_title: text,
		source_url: url,
		note: v.nullable(text)
	}),
	v.transform((r) => ({
		participant: r.participant,
		alias: r.alias,
		kind: r.kind,
		source: { title: r.source_title, url: r.source_url },
		note: r.note
	}))
);
export type ParticipantAlias = v.InferOutput<typeof ParticipantAliasRowSchema> & { line: number };

export const INSTRUMENT_TITLE_COLUMNS = [
	'instrument',
	'lang',
	'title',
	'short_title',
	'source_title',
	'source_url'
] as const;

/** An instrument's official title in one UN language, with the UN page it was read on. */
export const InstrumentTitleRowSchema = v.pipe(
	v.strictObject({
		instrument: v.picklist(INSTRUMENT_IDS, `must be one of ${INSTRUMENT_IDS.join(', ')}`),
		lang: v.picklist(UN_LANGUAGES, `must be one of ${UN_LANGUAGES.join(', ')}`),
		title: text,
		short_title: v.nullable(text),
		source_title: text,
		source_url: url
	}),
	v.transform((r) => ({
		instrument: r.instrument,
		lang: r.lang,
		title: r.title,
		short: r.short_title,
		source: { title: r.source_title, url: r.source_url }
	}))
);
export type InstrumentTitle = v.InferOutput<typeof InstrumentTitleRowSchema> & { line: number };
export const STATE_POSITION_COLUMNS = [
	'iso3',
	'longitude',
	'latitude',
	'method',
	'source_title',
	'source_url'
] as const;

/** A decimal number of degrees within ±limit, written with at most six decimals. */
const degrees = (limit: number) =>
	v.pipe(
		v.string(),
		v.regex(/^-?\d{1,3}(\.\d{1,6})?$/, 'must be a decimal number of degrees like -61.79'),
		v.transform(Number),
		v.check((n) => Math.abs(n) <= limit, `must lie between -${limit} and ${limit}`)
	);

/** Where the map puts a State its atlas does not draw (data/state-positions.csv). */
export const StatePositionRowSchema = v.pipe(
	v.strictObject({
		iso3,
		longitude: degrees(180),
		latitude: degrees(90),
		method: text,
		source_title: text,
		source_url: url
	}),
	v.transform((r) => ({
		iso3: r.iso3,
		longitude: r.longitude,
		latitude: r.latitude,
		method: r.method,
		source: `${r.source_title}, ${r.source_url}`
	}))
);
export type StatePosition = v.InferOutput<typeof StatePositionRowSchema> & { line: number };
