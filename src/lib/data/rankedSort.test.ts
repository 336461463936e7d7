import { describe, expect, it } from 'vitest';
import { rankedSort } from './rankedSort';
import { seededRandom } from './seededRandom';

interface Row {
	id: string;
	at: number;
}
const byAt = (a: Row, b: Row) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('rankedSort', () => {
	it('sorts as compare does, for the whole set, its subsets, new records and repeats (seeded)', () => {
		const rnd = seededRandom(15);
		// Few distinct days, so that ties on `at` are broken by id.
		const all: Row[] = Array.from({ length: 300 }, (_, i) => ({
			id: `r${i}`,
			at: Math.floor(rnd() * 40)
		}));
		const sort = rankedSort((xs: readonly Row[]) => [...xs].sort(byAt));
		const pick = (xs: Row[], p: number) => xs.filter(() => rnd() < p);
		const shuffled = (xs: Row[]) =>
			xs
				.map((x) => [rnd(), x] as const)
				.sort((a, b) => a[0] - b[0])
				.map(([, x]) => x);
		for (let run = 0; run < 300; run++) {
			const r = rnd();
			let input: Row[];
			if (r < 0.1) input = shuffled(all);
			else if (r < 0.7) input = shuffled(pick(all, rnd()));
			else if (r < 0.85)
				// A record never seen, among known ones.
				input = shuffled([...pick(all, 0.5), { id: `new${run}`, at: Math.floor(rnd() * 40) }]);
			else {
				// The same record twice.
				const some = pick(all, 0.3);
				input = shuffled([...some, ...some.slice(0, 2)]);
			}
			expect(sort(input)).toEqual([...input].sort(byAt));
		}
	});
	it('returns a new array and leaves its input as it was', () => {
		const rows: Row[] = [
			{ id: 'b', at: 2 },
			{ id: 'a', at: 1 }
		];
		const sort = rankedSort((xs: readonly Row[]) => [...xs].sort(byAt));
		const once = sort(rows);
		const twice = sort(rows);
		expect(twice).toEqual([rows[1], rows[0]]);
		expect(twice).not.toBe(once);
		expect(rows.map((r) => r.id)).toEqual(['b', 'a']);
	});
	it('lays out a ranked subset without calling compare', () => {
		let calls = 0;
		const sort = rankedSort((xs: readonly Row[]) => [...xs].sort((a, b) => (calls++, byAt(a, b))));
		const rows: Row[] = Array.from({ length: 50 }, (_, i) => ({ id: `r${i}`, at: 50 - i }));
		sort(rows);
		calls = 0;
		expect(sort(rows.filter((_, i) => i % 3 === 0)).map((r) => r.at)).toEqual(
			rows
				.filter((_, i) => i % 3 === 0)
				.map((r) => r.at)
				.sort((a, b) => a - b)
		);
		expect(calls).toBe(0);
	});
});
