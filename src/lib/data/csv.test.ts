import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
	it('parseCsv(text) reads quoted fields with commas, doubled quotes and line breaks', () => {
		const t = parseCsv('a,b,c\n1,"x, y","say ""hi"""\n2,"two\nlines",z\n3,,\n');
		expect(t.errors).toEqual([]);
		expect(t.header).toEqual(['a', 'b', 'c']);
		expect(t.rows.map((r) => r.values)).toEqual([
			{ a: '1', b: 'x, y', c: 'say "hi"' },
			{ a: '2', b: 'two\nlines', c: 'z' },
			{ a: '3', b: '', c: '' }
		]);
	});
	it('parseCsv(text) keeps the line each record starts on, past multi-line fields', () => {
		const t = parseCsv('a,b\n1,"two\nlines"\n3,4\n');
		expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
	});
	it('parseCsv(text) accepts CRLF line ends and a byte-order mark', () => {
		const t = parseCsv('\uFEFFa,b\r\n1,2\r\n');
		expect(t.header).toEqual(['a', 'b']);
		expect(t.rows[0]?.values).toEqual({ a: '1', b: '2' });
	});
	it.each([
		['a,b\n1,2,3\n', 2, 'expected 2 fields, found 3'],
		['a,b\n1\n', 2, 'expected 2 fields, found 1'],
		['a,b\n1,"open\n', 2, 'a quoted field is never closed'],
		['a,b\n1,"x"y\n', 2, 'text after a closing quote'],
		['a,b\n1,x"y"\n', 2, 'a quote inside an unquoted field']
	])('parseCsv(%j) reports the line at fault', (text, line, message) => {
		expect(parseCsv(text).errors).toContainEqual({ line, message });
	});
	it('parseCsv(text) skips blank lines', () => {
		expect(parseCsv('a\n1\n\n2\n').rows.map((r) => r.values.a)).toEqual(['1', '2']);
	});
});

describe('toCsv', () => {
	it('toCsv(header, rows) round-trips through parseCsv', () => {
		const rows = [
			['x, y', 'say "hi"', 'two\nlines'],
			['', '3', 'plain']
		];
		const t = parseCsv(toCsv(['a', 'b', 'c'], rows));
		expect(t.rows.map((r) => [r.values.a, r.values.b, r.values.c])).toEqual(rows);
	});
	it.each<[string | number | null, string]>([
		['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
		['+1', "'+1"],
		['-2', "'-2"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\tfoo', "'\tfoo"],
		['\rfoo', `"'\rfoo"`],
		[-3, '-3'],
		[2.5, '2.5'],
		[null, ''],
		['2003-09-29', '2003-09-29'],
		['plain text', 'plain text'],
		['a = b + c - d @ e', 'a = b + c - d @ e'],
		['say "hi"', '"say ""hi"""'],
		['x, y', '"x, y"'],
		['two\nlines', '"two\nlines"'],
		['', '']
	])('toCsv writes the cell %j as %s', (value, written) => {
		expect(toCsv(['h'], [[value]])).toBe(`h\n${written}\n`);
	});
	it('toCsv(header, rows) neutralises header cells too', () => {
		expect(toCsv(['=cmd', 'ok'], [])).toBe("'=cmd,ok\n");
	});
	it('toCsv(header, rows) output reads back as the neutralised text, never the formula', () => {
		const t = parseCsv(toCsv(['a', 'b'], [['=1+1', '-2']]));
		expect(t.rows[0]?.values).toEqual({ a: "'=1+1", b: "'-2" });
	});
});
