import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonFault, findJsonFault } from './jsonSyntax';

describe('findJsonFault', () => {
	it.each([
		['[1, 2, {"a": [true, false, null, "x\\n\\u00e9"]}, -0.5e3]'],
		['  {}  '],
		['"just a string"'],
		['[]']
	])('findJsonFault(%j) is null for JSON', (text) => {
		expect(findJsonFault(text)).toBeNull();
	});

	it.each([
		['[,', 1, 2, 'unexpected ","'],
		['[1,2', 1, 5, 'the data stops unfinished'],
		['[\n  {"a": "cut', 2, 13, 'the data stops unfinished'],
		['["a\u0000"]', 1, 4, 'a control character (\\u0000) inside a string'],
		['[1] x', 1, 5, 'more text after the end of the data'],
		['{"a":1,}', 1, 8, 'a trailing comma before "}"'],
		['[1,]', 1, 4, 'a trailing comma before "]"'],
		['{a: 1}', 1, 2, 'unexpected "a"'],
		['', 1, 1, 'the data stops unfinished'],
		['\u0001\u0002garbage', 1, 1, 'unexpected "\\u0001"'],
		['\uFEFF[1]', 1, 1, 'unexpected "\\ufeff"'],
		['["a\\x"]', 1, 4, 'a backslash that starts no escape'],
		['[tru', 1, 5, 'the data stops unfinished'],
		['[01]', 1, 3, 'unexpected "1"'],
		['{"a" 1}', 1, 6, 'unexpected "1"'],
		['[1}', 1, 3, 'unexpected "}"'],
		['{"a":}', 1, 6, 'unexpected "}"'],
		[']', 1, 1, 'unexpected "]"'],
		['{"a": [1, ]}', 1, 11, 'a trailing comma before "]"']
	])('findJsonFault(%j) names line %i, column %i: %s', (text, line, column, reason) => {
		expect(findJsonFault(text)).toMatchObject({ line, column, reason });
	});

	it('findJsonFault(text) stays on the stack for a million open brackets', () => {
		expect(findJsonFault('['.repeat(1_000_000))?.reason).toBe('the data stops unfinished');
	});

	it('findJsonFault(text) agrees with JSON.parse on JSON and on its fragments', () => {
		fc.assert(
			fc.property(fc.json(), fc.nat(), (json, cut) => {
				expect(findJsonFault(json)).toBeNull();
				const part = json.slice(0, cut % (json.length + 1));
				let parses = true;
				try {
					JSON.parse(part);
				} catch {
					parses = false;
				}
				expect(findJsonFault(part) === null).toBe(parses);
			})
		);
	});

	it('findJsonFault(text) agrees with JSON.parse on arbitrary text', () => {
		const alphabet = fc.constantFrom(...'[]{}",:. 0123456789-+eEtrufalsn\\\n\u0000x'.split(''));
		fc.assert(
			fc.property(fc.array(alphabet, { maxLength: 12 }), (chars) => {
				const text = chars.join('');
				let parses = true;
				try {
					JSON.parse(text);
				} catch {
					parses = false;
				}
				expect(findJsonFault(text) === null).toBe(parses);
			}),
			{ numRuns: 5000 }
		);
	});
});

describe('describeJsonFault', () => {
	it('describeJsonFault(text) says where and why, with a hint when one helps', () => {
		expect(describeJsonFault('[\n  {"a": 1\n')).toBe(
			'is not valid JSON: the data stops unfinished at line 3, column 1 (is the file cut short?)'
		);
		expect(describeJsonFault('[,')).toBe('is not valid JSON: unexpected "," at line 1, column 2');
	});
});
