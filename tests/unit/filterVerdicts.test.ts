// applyFilters and categoryCounts keep each test's verdicts per events array while that test's filter
// stays the same. On the real events, through a seeded run of filter changes on one array, every result
// must equal the one computed afresh (a copy of the array, which has no verdicts kept), so a verdict
// kept past a change of its filter, or keyed on too little of it, fails here.
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber } from '../../src/lib/data/calendarDate';
import { CATEGORY_IDS, INSTRUMENT_IDS } from '../../src/lib/data/schema';
import { seededRandom } from '../../src/lib/data/seededRandom';
import { applyFilters, categoryCounts } from '../../src/lib/state/applyFilters';
import { DEFAULT_FILTERS, TIMELINE_SPAN, type Filters } from '../../src/lib/state/filters';
import { dataset } from './loadData';

describe('the verdicts applyFilters keeps', () => {
	it('give the same events and counts as a fresh computation after 400 seeded changes', () => {
		const events = dataset.events;
		const rnd = seededRandom(15);
		const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
		const some = <T>(xs: readonly T[]): T[] | null =>
			rnd() < 0.3 ? null : xs.filter(() => rnd() < 0.5);
		const [first, last] = [dayNumber(TIMELINE_SPAN.from), dayNumber(TIMELINE_SPAN.to)];
		let f: Filters = DEFAULT_FILTERS;
		let changed = 0;
		for (let i = 0; i < 400; i++) {
			const kind = pick(['window', 'instruments', 'q', 'categories'] as const);
			if (kind === 'window') {
				const from = first + Math.floor(rnd() * (last - first));
				const to = Math.min(last, from + Math.floor(rnd() * 5000));
				f = {
					...f,
					window: rnd() < 0.2 ? null : { from: fromDayNumber(from), to: fromDayNumber(to) }
				};
			} else if (kind === 'instruments') f = { ...f, instruments: some(INSTRUMENT_IDS) };
			else if (kind === 'categories') f = { ...f, categories: some(CATEGORY_IDS) };
			else
				f = {
					...f,
					q: pick(['', 'vienna', 'protocol', 'traffick', '2000', 'palermo 2000', 'cop'])
				};
			const kept = applyFilters(events, f).map((e) => e.id);
			const fresh = applyFilters([...events], f).map((e) => e.id);
			expect(kept, JSON.stringify(f)).toEqual(fresh);
			expect(categoryCounts(events, f)).toEqual(categoryCounts([...events], f));
			if (kept.length !== events.length) changed += 1;
		}
		// The run filters for real: most states leave out some events.
		expect(changed).toBeGreaterThan(200);
	});
});
