/**
 * A small RFC 4180 CSV reader that keeps the line each record starts on, so that a problem can name
 * the exact line of a file. Quoted fields may hold commas, doubled quotes and line breaks.
 */

export interface CsvRow {
	/** 1-based line number where the record starts in the file. */
	line: number;
	/** The fields by header name. */
	values: Record<string, string>;
}

export interface CsvTable {
	header: string[];
	rows: CsvRow[];
	/** Malformed-input messages, each naming its line. */
	errors: { line: number; message: string }[];
}

/**
 * parseCsv(text) splits text into a header and rows, reporting (not throwing on) malformed lines: one
 * error per line, so a stray quote that also shifts the fields is one fault, not two.
 */
export function parseCsv(text: string): CsvTable {
	const records = splitRecords(text.replace(/^\uFEFF/, ''));
	const errors: CsvTable['errors'] = [];
	const first = records.shift();
	if (first?.error) errors.push({ line: first.line, message: first.error });
	const header = first?.fields ?? [];
	const rows: CsvRow[] = [];
	for (const r of records) {
		if (r.fields.length === 1 && r.fields[0] === '' && !r.error) continue; // blank line
		if (r.fields.length !== header.length) {
			const count = `expected ${header.length} fields, found ${r.fields.length}`;
			errors.push({ line: r.line, message: r.error ? `${count} (${r.error})` : count });
		} else if (r.error) {
			errors.push({ line: r.line, message: r.error });
		} else {
			const values: Record<string, string> = {};
			header.forEach((h, i) => (values[h] = r.fields[i] ?? ''));
			rows.push({ line: r.line, values });
		}
	}
	errors.sort((a, b) => a.line - b.line);
	return { header, rows, errors };
}

interface RawRecord {
	line: number;
	fields: string[];
	error?: string;
}

function splitRecords(text: string): RawRecord[] {
	const out: RawRecord[] = [];
	let fields: string[] = [];
	let field = '';
	let line = 1;
	let start = 1;
	let quoted = false;
	let error: string | undefined;
	const endRecord = () => {
		fields.push(field);
		out.push({ line: start, fields, error });
		fields = [];
		field = '';
		error = undefined;
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') {
				quoted = false;
				const next = text[i + 1];
				if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
					error ??= 'text after a closing quote';
				}
			} else {
				if (c === '\n') line++;
				field += c;
			}
		} else if (c === '"') {
			if (field !== '') error ??= 'a quote inside an unquoted field';
			quoted = true;
		} else if (c === ',') {
			fields.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			endRecord();
			line++;
			start = line;
		} else {
			field += c;
		}
	}
	if (quoted) error ??= 'a quoted field is never closed';
	if (field !== '' || fields.length > 0 || error) endRecord();
	return out;
}

/**
 * Text a spreadsheet would run as a formula (OWASP, "CSV Injection"): a cell that starts with =, +, -,
 * @, a tab or a carriage return. Such text gets a leading single quote, which spreadsheets show as text
 * and do not evaluate. Numbers are written as they are: -3 is a number, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * toCsv(header, rows) writes RFC 4180 CSV, quoting only where needed, with every text cell that could
 * start a formula neutralised (see FORMULA_START).
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
	const cell = (v: string | number | null | undefined) => {
		const s = v == null ? '' : typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : String(v);
		return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}
