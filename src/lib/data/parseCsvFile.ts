/**
 * A CSV data file read: one problem for a file that cannot be read or whose header is not the file's
 * (so nothing refers into it), one per malformed line, else one per cell at fault.
 */
import type * as v from 'valibot';
import { parseCsv } from './csv';
import type { DataFiles } from './dataset';
import { collapseRepeats, shown, type Problem } from './problems';
import { fileText } from './rawText';
import { validateRecord, type Parsed } from './validateRecord';

/** Up to three names, then how many more: a header of garbage is not echoed whole. */
const some = (names: string[]) =>
	names
		.slice(0, 3)
		.map((n) => `"${shown(n, 30)}"`)
		.join(', ') + (names.length > 3 ? ` and ${names.length - 3} more` : '');

/** parseCsvFile(file, raw, how, problems) reads a CSV file whose header must be how.columns. */
export function parseCsvFile<S extends v.GenericSchema>(
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
		const result = validateRecord(how.schema, cells, 'a row');
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
