/**
 * One record checked: its raw text, then its schema, giving either the typed record or one problem
 * per field. Shared by the JSON and CSV file parsers.
 */
import * as v from 'valibot';
import { fieldProblems, kindOf, plainMessage } from './plainIssues';
import { checkFieldText, type FieldProblem } from './rawText';

/**
 * What a file yielded: its valid records, and every record's key, valid or not, in file order ('' for
 * a record without one); null if the file could not be read at all.
 */
export interface Parsed<T> {
	records: T[];
	keys: string[] | null;
}

/**
 * validateRecord(schema, raw, noun) checks one record: its raw text first (control characters, absurd
 * lengths), then its schema, keeping one problem per field (a field whose text is at fault is not
 * also reported for failing its pattern).
 */
export function validateRecord<S extends v.GenericSchema>(
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

/** keyOf(r, key) is a raw record's key as text, if it has one. */
export function keyOf(r: unknown, key: string): string | undefined {
	if (typeof r !== 'object' || r === null) return undefined;
	const value = (r as Record<string, unknown>)[key];
	return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
