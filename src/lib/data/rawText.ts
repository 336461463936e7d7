/**
 * Checks on the raw text before any schema sees it: a file must be readable text of a sane size, and
 * every field must be printable text of a sane length. A schema would accept a NUL byte in a title or
 * a 20 MB description; these checks do not, and they name the field.
 */
import { DATA_LIMITS, type FileFault } from './dataset';
import { shown, type Problem } from './problems';

/** A problem inside a record: the field's path ("sources.0.title") and what is wrong. */
export interface FieldProblem {
	field: string;
	message: string;
}

/** 12345678 → "12,345,678", the same in every locale. */
export const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const TOO_BIG = (bytes: number) =>
	`is ${megabytes(bytes)}; a data file may be at most ${DATA_LIMITS.fileBytes / 1e6} MB`;

const FAULTS: { [F in FileFault['fault']]: (f: Extract<FileFault, { fault: F }>) => string } = {
	folder: () => 'is a folder, not a file',
	'not-a-file': () => 'is not a regular file (a device, pipe or socket?)',
	'not-a-folder': () => 'is a file, not a folder',
	denied: () => 'cannot be read: permission denied',
	'not-utf8': () => 'is not UTF-8 text (is it a binary file?)',
	'too-big': (f) => TOO_BIG(f.bytes),
	unreadable: (f) => `cannot be read (${shown(f.code, 20)})`
};

/** UTF-8 length without encoding when the answer is plain from the UTF-16 length. */
function utf8Bytes(text: string): number {
	if (text.length > DATA_LIMITS.fileBytes || text.length * 3 <= DATA_LIMITS.fileBytes) {
		return text.length;
	}
	return new TextEncoder().encode(text).byteLength;
}

/**
 * fileText(file, raw) is the file's text (a leading UTF-8 byte-order mark dropped, as editors on
 * Windows write one), or the one problem that keeps it from being read.
 */
export function fileText(
	file: string,
	raw: string | FileFault | undefined
): { text: string } | { problem: Problem } {
	const problem = (message: string) => ({
		problem: { file, record: '(file)', field: '(file)', message }
	});
	if (raw === undefined) return problem('file is missing');
	if (typeof raw !== 'string') return problem(describeFault(raw));
	const bytes = utf8Bytes(raw);
	if (bytes > DATA_LIMITS.fileBytes) return problem(TOO_BIG(bytes));
	const text = raw.replace(/^\uFEFF/, '');
	if (text.trim() === '') return problem('is empty');
	return { text };
}

function describeFault<F extends FileFault>(f: F): string {
	return (FAULTS[f.fault] as (f: F) => string)(f);
}

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls; U+FFFD (bytes not UTF-8). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/;

/** textFault(s) words what is wrong with one field's text, or is null if nothing is. */
export function textFault(s: string): string | null {
	if (s.length > DATA_LIMITS.fieldChars) {
		return `is ${grouped(s.length)} characters long; a field may hold at most ${grouped(DATA_LIMITS.fieldChars)}`;
	}
	const m = CONTROL.exec(s);
	if (!m) return null;
	const where = `at character ${grouped(m.index + 1)}`;
	return m[0] === '\ufffd'
		? `contains \\ufffd ${where}, the mark of bytes that were not UTF-8 text`
		: `contains the control character ${shown(m[0])} ${where}`;
}

/**
 * checkFieldText(record) checks every string in a raw record, however deep, in document order.
 * It walks with its own stack, so no nesting can overflow the call stack.
 */
export function checkFieldText(record: unknown): FieldProblem[] {
	const out: FieldProblem[] = [];
	const stack: [string, unknown][] = [['', record]];
	for (let item = stack.pop(); item; item = stack.pop()) {
		const [path, value] = item;
		if (typeof value === 'string') {
			const message = textFault(value);
			if (message) out.push({ field: path || '(record)', message });
		} else if (typeof value === 'object' && value !== null) {
			const entries = Object.entries(value);
			for (let i = entries.length - 1; i >= 0; i--) {
				const [key, child] = entries[i] as [string, unknown];
				stack.push([path ? `${path}.${key}` : key, child]);
			}
		}
	}
	return out;
}
