import { describe, expect, it } from 'vitest';
import { collapseRepeats, formatProblem, shown, type Problem } from './problems';

describe('shown', () => {
	it.each([
		['plain', 'plain'],
		['a\u0000b', 'a\\u0000b'],
		['\u001b[31mred', '\\u001b[31mred'],
		['C1 \u009b', 'C1 \\u009b'],
		['bom \uFEFF', 'bom \\ufeff'],
		['bidi \u202E', 'bidi \\u202e'],
		['tab\tnew\nline', 'tab\\u0009new\\u000aline'],
		['lone \uD800', 'lone \\ud800'],
		['bad \uFFFD', 'bad \\ufffd'],
		['Côte d’Ivoire 🇨🇮', 'Côte d’Ivoire 🇨🇮'],
		['x'.repeat(61), `${'x'.repeat(60)}…`],
		['\u0000'.repeat(20), `${'\\u0000'.repeat(10)}…`]
	])('shown(%j) is %j', (value, out) => {
		expect(shown(value)).toBe(out);
	});
	it('shown(value, max) never cuts an escape in half', () => {
		expect(shown('ab\u0000', 5)).toBe('ab…');
	});
});

describe('formatProblem', () => {
	it('formatProblem(p) escapes and cuts every part', () => {
		const p = {
			file: 'e\u0007.json',
			record: 'r'.repeat(200),
			field: 'f\u0000',
			message: 'm\u001b'
		};
		expect(formatProblem(p)).toBe(`e\\u0007.json › ${'r'.repeat(100)}… › f\\u0000: m\\u001b`);
	});
});

describe('collapseRepeats', () => {
	const p = (
		record: string,
		field = 'colour',
		message = 'is not a field of an event'
	): Problem => ({
		file: 'events.json',
		record,
		field,
		message
	});
	const many = (n: number) => Array.from({ length: n }, (_, i) => p(`e${i + 1}`));

	it('collapseRepeats(problems, records) keeps ten repeats as ten lines', () => {
		expect(collapseRepeats(many(10), 75)).toEqual(many(10));
	});
	it('collapseRepeats(problems, records) prints eleven repeats once, naming the first three', () => {
		expect(collapseRepeats(many(11), 75)).toEqual([p('11 records (e1, e2, e3, …)')]);
	});
	it('collapseRepeats(problems, records) says "all" when every record has the fault', () => {
		expect(collapseRepeats(many(75), 75)).toEqual([p('all 75 records')]);
	});
	it('collapseRepeats(problems, records) keeps the order and the other problems', () => {
		const other = p('e5', 'title', 'must be text, not a number');
		const input = [...many(3), other, ...many(12).slice(3)];
		expect(collapseRepeats(input, 75)).toEqual([p('12 records (e1, e2, e3, …)'), other]);
	});
	it('collapseRepeats(problems, records) does not merge different messages', () => {
		const dates = Array.from({ length: 12 }, (_, i) =>
			p(`e${i}`, 'date', `2024-02-${30 + i} is not a calendar date`)
		);
		expect(collapseRepeats(dates, 75)).toEqual(dates);
	});
});
