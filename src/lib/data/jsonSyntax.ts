/**
 * Where and why a text is not JSON, in our own words. JSON.parse's messages differ between Node
 * versions and some quote the input itself (raw bytes included), so when it fails we find the first
 * fault again with a small scanner that builds nothing and never recurses (a file of a million "["
 * cannot overflow the stack).
 */
import { shown } from './problems';

export interface JsonFault {
	line: number;
	column: number;
	/** What is wrong there, e.g. 'unexpected ","'. */
	reason: string;
	/** What should have been there, when that helps. */
	hint?: string;
}

/** What may come next: a value (first in a list, or after a comma), a field name, a colon, or "," / close. */
type Expect =
	'value' | 'first-value' | 'next-value' | 'key' | 'first-key' | 'colon' | 'after-value';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const CLOSE: Record<string, string> = { '[': ']', '{': '}' };

/** findJsonFault(text) is null when text is one JSON value, else the first place it stops being one. */
export function findJsonFault(text: string): JsonFault | null {
	const stack: string[] = [];
	let expect = 'value' as Expect;
	let i = 0;
	const at = (offset: number, reason: string, hint?: string): JsonFault => {
		const before = text.slice(0, offset);
		const line = before.split('\n').length;
		return { line, column: offset - before.lastIndexOf('\n'), reason, ...(hint && { hint }) };
	};
	const unexpected = (hint?: string) => at(i, `unexpected "${shown(text[i] ?? '', 8)}"`, hint);
	const ended = () => at(text.length, 'the data stops unfinished', 'is the file cut short?');
	while (true) {
		while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
		const c = text[i];
		if (c === undefined) return stack.length === 0 && expect === 'after-value' ? null : ended();
		const top = stack.at(-1);
		if (expect === 'after-value') {
			if (top === undefined) return at(i, 'more text after the end of the data');
			if (c === ',') expect = top === '[' ? 'next-value' : 'key';
			else if (c === CLOSE[top]) stack.pop();
			else return unexpected();
			i++;
		} else if (expect === 'colon') {
			if (c !== ':') return unexpected();
			expect = 'value';
			i++;
		} else if (top !== undefined && c === CLOSE[top] && expect.startsWith('first-')) {
			stack.pop();
			expect = 'after-value';
			i++;
		} else if (
			top !== undefined &&
			c === CLOSE[top] &&
			(expect === 'next-value' || expect === 'key')
		) {
			return at(i, `a trailing comma before "${c}"`);
		} else if (expect === 'key' || expect === 'first-key') {
			if (c !== '"') return unexpected('a field name in double quotes should be there');
			const fault = skipString();
			if (fault) return fault;
			expect = 'colon';
		} else if (c === '[' || c === '{') {
			stack.push(c);
			expect = c === '[' ? 'first-value' : 'first-key';
			i++;
		} else {
			const fault = skipScalar(c);
			if (fault) return fault;
			expect = 'after-value';
		}
	}

	function skipScalar(c: string): JsonFault | null {
		if (c === '"') return skipString();
		NUMBER.lastIndex = i;
		if (NUMBER.test(text)) {
			i = NUMBER.lastIndex;
			return null;
		}
		for (const word of ['true', 'false', 'null']) {
			if (text.startsWith(word, i)) {
				i += word.length;
				return null;
			}
			if (word.startsWith(text.slice(i))) return ended();
		}
		return unexpected();
	}

	function skipString(): JsonFault | null {
		for (i++; i < text.length; i++) {
			const c = text[i] ?? '';
			if (c === '"') {
				i++;
				return null;
			}
			if (c === '\\') {
				ESCAPE.lastIndex = i;
				if (!ESCAPE.test(text)) {
					if (i + 6 > text.length && !text.slice(i).includes('"')) return ended();
					return at(i, 'a backslash that starts no escape', 'write \\\\ for a backslash');
				}
				i = ESCAPE.lastIndex - 1;
			} else if (c < ' ') {
				return at(i, `a control character (${shown(c)}) inside a string`);
			}
		}
		return ended();
	}
}

/** describeJsonFault(text) words why text is not JSON: 'is not valid JSON: unexpected "," at line 3, column 7'. */
export function describeJsonFault(text: string): string {
	const f = findJsonFault(text);
	if (!f) return 'is not valid JSON';
	return `is not valid JSON: ${f.reason} at line ${f.line}, column ${f.column}${f.hint ? ` (${f.hint})` : ''}`;
}
