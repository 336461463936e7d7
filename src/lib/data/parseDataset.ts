/**
 * Parses and validates the raw text of every file in data/ in one pass, collecting every problem
 * (never stopping at the first) so that `npm run data:check` can print them all at once. The app, the
 * build, the data check and the tests all read the data through this one function. It never throws:
 * whatever the bytes, each fault becomes one named problem, and a file too broken to read is one
 * problem for the file, not one per record (nor one per record elsewhere that refers into it).
 */
import * as v from 'valibot';
import { checkIntegrity } from './checkIntegrity';
import { parseCsv } from './csv';
import { DATA_FILES, type DataFiles, type Dataset } from './dataset';
import { describeJsonFault } from './jsonSyntax';
import { findNotices } from './knownGaps';
import { fieldProblems, kindOf, plainMessage } from './plainIssues';
import { collapseRepeats, shown, type Problem } from './problems';
import { checkFieldText, fileText, type FieldProblem } from './rawText';
import {
	PARTICIPANT_COLUMNS,
	ParticipantRowSchema,
	PUBLISHED_COUNT_COLUMNS,
	PublishedCountRowSchema,
	TREATY_ACTION_COLUMNS,
	TreatyActionRowSchema
} from './rowSchemas';
import { CopSessionSchema, EventSchema, InstrumentSchema, TourSchema, type Tour } from './schema';

// Kept here for the modules that import them from the parser (the views among them).
export { DATA_FILES, type Dataset } from './dataset';

/**
 * What a file yielded: its valid records, and every record's key, valid or not, in file order ('' for
 * a record without one); null if the file could not be read at all.
 */
interface Parsed<T> {
	records: T[];
	keys: string[] | null;
}

/** parseDataset(files) validates every file (keyed by name, as in DATA_FILES) and cross-checks them. */
export function parseDataset(files: DataFiles): {
	dataset: Dataset;
	/** Invalid records: the data check fails and the app will not build. */
	problems: Problem[];
	/** Known gaps the data shows (see findNotices); printed, never fatal. */
	notices: Problem[];
} {
	const problems: Problem[] = [];
	const nameOf =
		(key: string, prefix = '') =>
		(r: unknown, i: number) => {
			const value = field(r, key);
			return value === undefined ? `#${i + 1}` : `${prefix}${value}`;
		};
	const json = <S extends v.GenericSchema>(file: string, schema: S, noun: string, key: string) =>
		parseJsonFile(file, files[file], { schema, noun, key, nameOf: nameOf(key) }, problems);
	const events = json(DATA_FILES.events, EventSchema, 'an event', 'id');
	const instruments = json(DATA_FILES.instruments, InstrumentSchema, 'an instrument', 'id');
	const copSessions = parseJsonFile(
		DATA_FILES.copSessions,
		files[DATA_FILES.copSessions],
		{
			schema: CopSessionSchema,
			noun: 'a COP session',
			key: 'session',
			nameOf: nameOf('session', 'session ')
		},
		problems
	);
	const csv = <S extends v.GenericSchema>(
		file: string,
		columns: readonly string[],
		schema: S,
		key: (r: Record<string, string>) => string
	) => parseCsvFile(file, files[file], { columns, schema, key }, problems);
	const participants = csv(
		DATA_FILES.participants,
		PARTICIPANT_COLUMNS,
		ParticipantRowSchema,
		(r) => r.iso3 ?? ''
	);
	const treatyActions = csv(
		DATA_FILES.treatyActions,
		TREATY_ACTION_COLUMNS,
		TreatyActionRowSchema,
		(r) => `${r.participant ?? ''} ${r.instrument ?? ''}`.trim()
	);
	const publishedCounts = csv(
		DATA_FILES.publishedCounts,
		PUBLISHED_COUNT_COLUMNS,
		PublishedCountRowSchema,
		(r) => `${r.instrument ?? ''} ${r.date ?? ''}`.trim()
	);
	if (files['tours/'] !== undefined) {
		const folder = fileText('tours/', files['tours/']);
		if ('problem' in folder) problems.push(folder.problem);
	}
	const tours = Object.keys(files)
		.filter((f) => /^tours\/[^/]+\.json$/.test(f))
		.sort()
		.flatMap((file) => parseTour(file, files[file], problems));

	const dataset: Dataset = {
		events: events.records,
		copSessions: copSessions.records,
		instruments: instruments.records,
		participants: participants.records,
		treatyActions: treatyActions.records,
		publishedCounts: publishedCounts.records,
		tours
	};
	// References resolve against every record's key, valid or not, so one bad record is reported once
	// and does not also break every record that refers to it; into an unreadable file, none is checked.
	const set = (keys: string[] | null) => keys && new Set(keys);
	const keys = {
		events: set(events.keys),
		instruments: set(instruments.keys),
		participants: set(participants.keys),
		copSessions: copSessions.keys
	};
	problems.push(...checkIntegrity(dataset, keys));
	return { dataset, problems, notices: problems.length ? [] : findNotices(dataset) };
}

/**
 * validate(schema, raw, noun) checks one record: its raw text first (control characters, absurd
 * lengths), then its schema, keeping one problem per field (a field whose text is at fault is not
 * also reported for failing its pattern).
 */
function validate<S extends v.GenericSchema>(
	schema: S,
	raw: unknown,
	noun: string
): { output: v.InferOutput<S> } | { faults: FieldProblem[] } {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return {
			faults: [
				{ field: '(record)', message: `must be ${noun} (an object { … }), not ${kindOf(raw)}` }
			]
		};
	}
	const text = checkFieldText(raw);
	const result = v.safeParse(schema, raw, { message: plainMessage(noun) });
	const flagged = new Set(text.map((f) => f.field));
	const faults = result.success
		? text
		: [...text, ...fieldProblems(result.issues, noun).filter((f) => !flagged.has(f.field))];
	return faults.length || !result.success ? { faults } : { output: result.output };
}

/** The text of a JSON file parsed, or undefined with its one problem recorded. */
function readJson(
	file: string,
	raw: DataFiles[string],
	problems: Problem[]
): { value: unknown } | undefined {
	const read = fileText(file, raw);
	if ('problem' in read) {
		problems.push(read.problem);
		return undefined;
	}
	try {
		return { value: JSON.parse(read.text) };
	} catch {
		problems.push({
			file,
			record: '(file)',
			field: '(syntax)',
			message: describeJsonFault(read.text)
		});
		return undefined;
	}
}

/** A tour file holds one tour, whose id must be its file name. */
function parseTour(file: string, raw: DataFiles[string], problems: Problem[]): Tour[] {
	const json = readJson(file, raw, problems);
	if (!json) return [];
	const record = field(json.value, 'id') ?? '(tour)';
	const result = validate(TourSchema, json.value, 'a tour');
	if ('faults' in result) {
		problems.push(...result.faults.map((f) => ({ file, record, ...f })));
		return [];
	}
	const expected = file.replace(/^tours\//, '').replace(/\.json$/, '');
	if (result.output.id !== expected) {
		problems.push({
			file,
			record,
			field: 'id',
			message: `must match the file name (${shown(expected)})`
		});
	}
	return [result.output];
}

function field(r: unknown, key: string): string | undefined {
	if (typeof r !== 'object' || r === null) return undefined;
	const value = (r as Record<string, unknown>)[key];
	return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function parseJsonFile<S extends v.GenericSchema>(
	file: string,
	raw: DataFiles[string],
	how: { schema: S; noun: string; key: string; nameOf: (r: unknown, i: number) => string },
	problems: Problem[]
): Parsed<v.InferOutput<S>> {
	const json = readJson(file, raw, problems);
	if (!json) return { records: [], keys: null };
	if (!Array.isArray(json.value)) {
		problems.push({
			file,
			record: '(file)',
			field: '(root)',
			message: `must be a list [ … ] of records, not ${kindOf(json.value)}`
		});
		return { records: [], keys: null };
	}
	const records: v.InferOutput<S>[] = [];
	const faults: Problem[] = [];
	json.value.forEach((r: unknown, i) => {
		const result = validate(how.schema, r, how.noun);
		if ('output' in result) records.push(result.output);
		else faults.push(...result.faults.map((f) => ({ file, record: how.nameOf(r, i), ...f })));
	});
	problems.push(...collapseRepeats(faults, json.value.length));
	return { records, keys: json.value.map((r: unknown) => field(r, how.key) ?? '') };
}

/** Up to three names, then how many more: a header of garbage is not echoed whole. */
const some = (names: string[]) =>
	names
		.slice(0, 3)
		.map((n) => `"${shown(n, 30)}"`)
		.join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');

function parseCsvFile<S extends v.GenericSchema>(
	file: string,
	raw: DataFiles[string],
	how: { columns: readonly string[]; schema: S; key: (r: Record<string, string>) => string },
	problems: Problem[]
): Parsed<v.InferOutput<S> & { line: number }> {
	const read = fileText(file, raw);
	if ('problem' in read) {
		problems.push(read.problem);
		return { records: [], keys: null };
	}
	const table = parseCsv(read.text);
	const missing = how.columns.filter((c) => !table.header.includes(c));
	const extra = table.header.filter((c) => !how.columns.includes(c));
	if (missing.length || extra.length) {
		const parts = [
			missing.length ? `missing ${some(missing)}` : '',
			extra.length ? `not a column: ${some(extra)}` : ''
		];
		problems.push({
			file,
			record: 'line 1',
			field: '(header)',
			message: `must be ${how.columns.join(',')} (${parts.filter(Boolean).join('; ')})`
		});
		return { records: [], keys: null };
	}
	const faults: Problem[] = table.errors.map((e) => ({
		file,
		record: `line ${e.line}`,
		field: '(line)',
		message: e.message
	}));
	const records: (v.InferOutput<S> & { line: number })[] = [];
	for (const row of table.rows) {
		const cells = Object.fromEntries(
			Object.entries(row.values).map(([k, val]) => [k, val.trim() === '' ? null : val])
		);
		const result = validate(how.schema, cells, 'a row');
		const record = `line ${row.line} (${how.key(row.values)})`;
		if ('output' in result)
			records.push({ ...(result.output as object), line: row.line } as v.InferOutput<S> & {
				line: number;
			});
		else faults.push(...result.faults.map((f) => ({ file, record, ...f })));
	}
	problems.push(...collapseRepeats(faults, table.rows.length + table.errors.length));
	return { records, keys: table.rows.map((r) => how.key(r.values)) };
}
