/**
 * Parses and validates the raw text of every file in data/ in one pass, collecting every problem
 * (never stopping at the first) so that `npm run data:check` can print them all at once. The app, the
 * build, the data check and the tests all read the data through this one function.
 */
import * as v from 'valibot';
import { checkIntegrity } from './checkIntegrity';
import { parseCsv } from './csv';
import { findNotices } from './knownGaps';
import type { Problem } from './problems';
import {
	PARTICIPANT_COLUMNS,
	ParticipantRowSchema,
	PUBLISHED_COUNT_COLUMNS,
	PublishedCountRowSchema,
	TREATY_ACTION_COLUMNS,
	TreatyActionRowSchema,
	type Participant,
	type PublishedCount,
	type TreatyAction
} from './rowSchemas';
import {
	CopSessionSchema,
	EventSchema,
	InstrumentSchema,
	TourSchema,
	type CopSession,
	type Instrument,
	type TimelineEvent,
	type Tour
} from './schema';

/** The names of the data files, relative to data/. */
export const DATA_FILES = {
	events: 'events.json',
	copSessions: 'cop-sessions.json',
	instruments: 'instruments.json',
	participants: 'participants.csv',
	treatyActions: 'treaty-actions.csv',
	publishedCounts: 'published-counts.csv'
} as const;

export interface Dataset {
	events: TimelineEvent[];
	copSessions: CopSession[];
	instruments: Instrument[];
	participants: Participant[];
	treatyActions: TreatyAction[];
	publishedCounts: PublishedCount[];
	/** Guided tours, from data/tours/<id>.json. */
	tours: Tour[];
}

/** parseDataset(files) validates every file (keyed by name, as in DATA_FILES) and cross-checks them. */
export function parseDataset(files: Record<string, string | undefined>): {
	dataset: Dataset;
	/** Invalid records: the data check fails and the app will not build. */
	problems: Problem[];
	/** Known gaps the data shows (see findNotices); printed, never fatal. */
	notices: Problem[];
} {
	const problems: Problem[] = [];
	const json = <S extends v.GenericSchema>(
		file: string,
		schema: S,
		idOf: (r: unknown, i: number) => string
	) => parseJsonFile(file, files[file], schema, idOf, problems);
	const csv = <S extends v.GenericSchema>(
		file: string,
		columns: readonly string[],
		schema: S,
		idOf: (r: Record<string, string>) => string
	) => parseCsvFile(file, files[file], columns, schema, idOf, problems);

	const dataset: Dataset = {
		events: json(DATA_FILES.events, EventSchema, (r, i) => field(r, 'id') ?? `#${i + 1}`),
		copSessions: json(DATA_FILES.copSessions, CopSessionSchema, (r, i) =>
			field(r, 'session') ? `session ${field(r, 'session')}` : `#${i + 1}`
		),
		instruments: json(
			DATA_FILES.instruments,
			InstrumentSchema,
			(r, i) => field(r, 'id') ?? `#${i + 1}`
		),
		participants: csv(
			DATA_FILES.participants,
			PARTICIPANT_COLUMNS,
			ParticipantRowSchema,
			(r) => r.iso3 ?? ''
		),
		treatyActions: csv(
			DATA_FILES.treatyActions,
			TREATY_ACTION_COLUMNS,
			TreatyActionRowSchema,
			(r) => `${r.participant ?? ''} ${r.instrument ?? ''}`.trim()
		),
		tours: Object.keys(files)
			.filter((f) => /^tours\/[^/]+\.json$/.test(f))
			.sort()
			.flatMap((file) => parseTour(file, files[file], problems)),
		publishedCounts: csv(
			DATA_FILES.publishedCounts,
			PUBLISHED_COUNT_COLUMNS,
			PublishedCountRowSchema,
			(r) => `${r.instrument ?? ''} ${r.date ?? ''}`.trim()
		)
	};
	// References resolve against every record's key, valid or not, so one bad record is reported once
	// and does not also break every record that refers to it.
	const keys = {
		events: rawKeys(files[DATA_FILES.events], 'id'),
		instruments: rawKeys(files[DATA_FILES.instruments], 'id'),
		participants: new Set(
			parseCsv(files[DATA_FILES.participants] ?? '').rows.map((r) => r.values.iso3 ?? '')
		)
	};
	problems.push(...checkIntegrity(dataset, keys));
	return { dataset, problems, notices: problems.length ? [] : findNotices(dataset) };
}

/** A tour file holds one tour, whose id must be its file name. */
function parseTour(file: string, text: string | undefined, problems: Problem[]): Tour[] {
	let raw: unknown;
	try {
		raw = JSON.parse(text ?? '');
	} catch (e) {
		problems.push({ file, record: '(file)', field: '(syntax)', message: (e as Error).message });
		return [];
	}
	const result = v.safeParse(TourSchema, raw);
	if (!result.success) {
		problems.push(...issuesToProblems(file, field(raw, 'id') ?? '(tour)', result.issues));
		return [];
	}
	const expected = file.replace(/^tours\//, '').replace(/\.json$/, '');
	if (result.output.id !== expected) {
		problems.push({
			file,
			record: result.output.id,
			field: 'id',
			message: `must match the file name (${expected})`
		});
	}
	return [result.output];
}

function rawKeys(text: string | undefined, key: string): Set<string> {
	try {
		const raw: unknown = JSON.parse(text ?? '[]');
		return new Set(Array.isArray(raw) ? raw.map((r) => field(r, key) ?? '') : []);
	} catch {
		return new Set();
	}
}

function field(r: unknown, key: string): string | undefined {
	if (typeof r !== 'object' || r === null) return undefined;
	const value = (r as Record<string, unknown>)[key];
	return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function issuesToProblems(file: string, record: string, issues: v.BaseIssue<unknown>[]): Problem[] {
	return issues.map((issue) => ({
		file,
		record,
		field: issue.path?.map((p) => String(p.key)).join('.') || '(record)',
		message: issue.message
	}));
}

function parseJsonFile<S extends v.GenericSchema>(
	file: string,
	text: string | undefined,
	schema: S,
	idOf: (r: unknown, i: number) => string,
	problems: Problem[]
): v.InferOutput<S>[] {
	if (text === undefined) {
		problems.push({ file, record: '(file)', field: '(file)', message: 'file is missing' });
		return [];
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		problems.push({ file, record: '(file)', field: '(syntax)', message: (e as Error).message });
		return [];
	}
	if (!Array.isArray(raw)) {
		problems.push({
			file,
			record: '(file)',
			field: '(root)',
			message: 'must be an array of records'
		});
		return [];
	}
	const out: v.InferOutput<S>[] = [];
	raw.forEach((r, i) => {
		const result = v.safeParse(schema, r);
		if (result.success) out.push(result.output);
		else problems.push(...issuesToProblems(file, idOf(r, i), result.issues));
	});
	return out;
}

function parseCsvFile<S extends v.GenericSchema>(
	file: string,
	text: string | undefined,
	columns: readonly string[],
	schema: S,
	idOf: (r: Record<string, string>) => string,
	problems: Problem[]
): (v.InferOutput<S> & { line: number })[] {
	if (text === undefined) {
		problems.push({ file, record: '(file)', field: '(file)', message: 'file is missing' });
		return [];
	}
	const table = parseCsv(text);
	const missing = columns.filter((c) => !table.header.includes(c));
	const extra = table.header.filter((c) => !columns.includes(c));
	if (missing.length || extra.length) {
		problems.push({
			file,
			record: 'line 1',
			field: '(header)',
			message:
				`expected columns ${columns.join(',')}` +
				(missing.length ? `; missing ${missing.join(',')}` : '') +
				(extra.length ? `; unexpected ${extra.join(',')}` : '')
		});
		return [];
	}
	for (const e of table.errors) {
		problems.push({ file, record: `line ${e.line}`, field: '(line)', message: e.message });
	}
	const out: (v.InferOutput<S> & { line: number })[] = [];
	for (const row of table.rows) {
		const cells = Object.fromEntries(
			Object.entries(row.values).map(([k, val]) => [k, val.trim() === '' ? null : val])
		);
		const result = v.safeParse(schema, cells);
		const record = `line ${row.line} (${idOf(row.values)})`;
		if (result.success)
			out.push({ ...(result.output as object), line: row.line } as v.InferOutput<S> & {
				line: number;
			});
		else problems.push(...issuesToProblems(file, record, result.issues));
	}
	return out;
}
