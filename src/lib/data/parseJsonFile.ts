/**
 * A JSON data file read: one problem for a file that cannot be read or parsed (so nothing refers into
 * it), else one per field of each record at fault, repeats across many records printed once.
 */
import type * as v from 'valibot';
import type { DataFiles } from './dataset';
import { describeJsonFault } from './jsonSyntax';
import { kindOf } from './plainIssues';
import { collapseRepeats, shown, type Problem } from './problems';
import { fileText } from './rawText';
import { TourSchema, type Tour } from './schema';
import { keyOf, validateRecord, type Parsed } from './validateRecord';

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
export function parseTour(file: string, raw: DataFiles[string], problems: Problem[]): Tour[] {
	const json = readJson(file, raw, problems);
	if (!json) return [];
	const record = keyOf(json.value, 'id') ?? '(tour)';
	const result = validateRecord(TourSchema, json.value, 'a tour');
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

/** parseJsonFile(file, raw, how, problems) reads a file that holds a list of records. */
export function parseJsonFile<S extends v.GenericSchema>(
	file: string,
	raw: DataFiles[string],
	/** The schema, the noun for a record ("an event"), the key field, and what precedes a key in a name. */
	how: { schema: S; noun: string; key: string; prefix: string },
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
	const nameOf = (r: unknown, i: number) => {
		const key = keyOf(r, how.key);
		return key === undefined ? `#${i + 1}` : `${how.prefix}${key}`;
	};
	const faults: Problem[] = [];
	json.value.forEach((r: unknown, i) => {
		const result = validateRecord(how.schema, r, how.noun);
		if ('output' in result) records.push(result.output);
		else faults.push(...result.faults.map((f) => ({ file, record: nameOf(r, i), ...f })));
	});
	problems.push(...collapseRepeats(faults, json.value.length));
	return { records, keys: json.value.map((r: unknown) => keyOf(r, how.key) ?? '') };
}
