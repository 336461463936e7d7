import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import { seededRandom } from './seededRandom';
import { compareText, pureColumns, sortRows, type Column, type SortValue } from './sortRows';

interface Row {
	id: string;
	v: SortValue;
}
const columns: Column<Row>[] = [
	{ key: 'v', label: 'V', value: (r) => r.v },
	{ key: 'notes', label: 'Notes' }
];
const rows = (...values: SortValue[]): Row[] => values.map((v, i) => ({ id: `r${i}`, v }));
const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const order = (input: Row[], direction: 'ascending' | 'descending' = 'ascending') =>
	sortRows(input, columns, 'v', direction, byId).map((r) => r.v);

describe('sortRows', () => {
	it.each([
		[
			'accents sort with their letter',
			['Cuba', "Côte d'Ivoire", 'Canada', 'Chile'],
			['Canada', 'Chile', "Côte d'Ivoire", 'Cuba']
		],
		['case is ignored', ['b', 'A', 'c'], ['A', 'b', 'c']],
		[
			'digits in text compare as numbers',
			['COP 10', 'COP 2', 'COP 1', 'COP 12'],
			['COP 1', 'COP 2', 'COP 10', 'COP 12']
		],
		['numbers compare as numbers, not text', [10, 9, 100, -1, 0], [-1, 0, 9, 10, 100]],
		['null sorts last', [null, 'b', null, 'a'], ['a', 'b', null, null]],
		['NaN is not known and sorts last', [3, Number.NaN, 1], [1, 3, null]],
		['an empty string is a value, not a missing one', ['b', '', null], ['', 'b', null]],
		['all missing keeps tiebreak order', [null, null, null], [null, null, null]],
		['no rows', [], []]
	] as [string, SortValue[], SortValue[]][])('sortRows ascending: %s', (_, input, expected) => {
		// NaN comes back as the row it was; compare what the rows hold, NaN read as null.
		const got = order(rows(...input)).map((v) => (Number.isNaN(v) ? null : v));
		expect(got).toEqual(expected);
	});

	it.each([
		['text reverses', ['a', 'c', 'b'], ['c', 'b', 'a']],
		['numbers reverse', [1, 3, 2], [3, 2, 1]],
		['null still sorts last', [null, 1, 2, null], [2, 1, null, null]],
		['digits in text still compare as numbers', ['COP 2', 'COP 10'], ['COP 10', 'COP 2']]
	] as [string, SortValue[], SortValue[]][])('sortRows descending: %s', (_, input, expected) => {
		expect(order(rows(...input), 'descending')).toEqual(expected);
	});

	it('sortRows keeps equal values in tiebreak order in both directions', () => {
		const input = [
			{ id: 'c', v: 'x' },
			{ id: 'a', v: 'y' },
			{ id: 'b', v: 'x' },
			{ id: 'd', v: 'X' }
		];
		expect(sortRows(input, columns, 'v', 'ascending', byId).map((r) => r.id)).toEqual([
			'b',
			'c',
			'd',
			'a'
		]);
		expect(sortRows(input, columns, 'v', 'descending', byId).map((r) => r.id)).toEqual([
			'a',
			'b',
			'c',
			'd'
		]);
	});
	it('sortRows keeps rows that are all missing in tiebreak order in both directions', () => {
		const input = [
			{ id: 'b', v: null },
			{ id: 'z', v: 1 },
			{ id: 'a', v: null }
		];
		expect(sortRows(input, columns, 'v', 'descending', byId).map((r) => r.id)).toEqual([
			'z',
			'a',
			'b'
		]);
	});
	it('sortRows without a tiebreak keeps the input order of ties (the sort is stable)', () => {
		const input = [
			{ id: 'c', v: 1 },
			{ id: 'a', v: 1 },
			{ id: 'b', v: 0 }
		];
		expect(sortRows(input, columns, 'v', 'ascending').map((r) => r.id)).toEqual(['b', 'c', 'a']);
	});
	it('sortRows by a column that does not sort, or does not exist, gives tiebreak order', () => {
		const input = rows('b', 'a').reverse();
		expect(sortRows(input, columns, 'notes', 'descending', byId).map((r) => r.id)).toEqual([
			'r0',
			'r1'
		]);
		expect(sortRows(input, columns, 'gone', 'ascending', byId).map((r) => r.id)).toEqual([
			'r0',
			'r1'
		]);
	});
	it('sortRows reads each value once per row', () => {
		let reads = 0;
		const counted: Column<Row>[] = [{ key: 'v', label: 'V', value: (r) => (reads++, r.v) }];
		sortRows(rows(5, 3, 9, 1, 7, 2), counted, 'v', 'ascending');
		expect(reads).toBe(6);
	});
	it('sortRows does not change its input', () => {
		const input = rows('b', null, 'a');
		const copy = structuredClone(input);
		sortRows(input, columns, 'v', 'descending', byId);
		expect(input).toEqual(copy);
	});
});

describe('compareText', () => {
	it.each([
		["Côte d'Ivoire", "Cote d'Ivoire", 0],
		['Türkiye', 'turkiye', 0],
		['COP 2', 'COP 10', -1],
		['Zambia', 'Åland', 1]
	] as [string, string, number][])('compareText(%j, %j) has sign %i', (a, b, sign) => {
		expect(Math.sign(compareText(a, b))).toBe(sign);
	});
});

describe('compareText in the interface language', () => {
	afterEach(() => setLang('en'));
	it('compareText(a, b) follows the language: ñ is its own letter after n in Spanish', async () => {
		expect(Math.sign(compareText('Ñandú', 'Nuevo'))).toBe(-1);
		await setLang('es');
		expect(Math.sign(compareText('Ñandú', 'Nuevo'))).toBe(1);
	});
	it("sortRows sorts text with the language's collator and numbers as numbers", async () => {
		await setLang('es');
		const text = [{ v: 'Ñandú' }, { v: 'Nuevo' }, { v: 'Oso' }];
		const columns: Column<{ v: SortValue }>[] = [{ key: 'v', label: 'V', value: (r) => r.v }];
		expect(sortRows(text, columns, 'v', 'ascending').map((r) => r.v)).toEqual([
			'Nuevo',
			'Ñandú',
			'Oso'
		]);
		const numbers = [{ v: 10 }, { v: 9 }, { v: 100 }];
		expect(sortRows(numbers, columns, 'v', 'ascending').map((r) => r.v)).toEqual([9, 10, 100]);
	});

	it('pure columns sort a subset by the places of the last full sort, as a full sort would (seeded)', () => {
		interface Rec {
			id: string;
			n: number | null;
			t: string;
		}
		const recColumns: Column<Rec>[] = [
			{ key: 'n', label: 'N', value: (r) => r.n },
			{ key: 't', label: 'T', value: (r) => r.t }
		];
		const marked = pureColumns([...recColumns]);
		const rnd = seededRandom(9);
		const words = ['Cuba', "Côte d'Ivoire", 'canada', 'Chile', 'COP 10', 'COP 2'];
		const all: Rec[] = Array.from({ length: 200 }, (_, i) => ({
			id: `r${String(i).padStart(3, '0')}`,
			n: rnd() < 0.1 ? null : Math.floor(rnd() * 20),
			t: words[Math.floor(rnd() * words.length)]!
		}));
		const recById = (a: Rec, b: Rec) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
		const byIdDown = (a: Rec, b: Rec) => -recById(a, b);
		for (let run = 0; run < 200; run++) {
			const key = rnd() < 0.5 ? 'n' : 't';
			const direction = rnd() < 0.5 ? 'ascending' : 'descending';
			const tiebreak = rnd() < 0.8 ? recById : byIdDown;
			const input = all.filter(() => rnd() < (run % 5 === 0 ? 1 : rnd()));
			expect(sortRows(input, marked, key, direction, tiebreak)).toEqual(
				sortRows(input, recColumns, key, direction, tiebreak)
			);
		}
	});
});
