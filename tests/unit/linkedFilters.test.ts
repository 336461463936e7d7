// The linked filters on the real dataset: sessions, participants and Parties a reader can check.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber } from '../../src/lib/data/calendarDate';
import { buildStatusIndex, recordOf, statusOf } from '../../src/lib/data/legalStatus';
import { INSTRUMENT_IDS } from '../../src/lib/data/schema';
import {
	filterParticipants,
	filterSessions,
	joinedWithin,
	partiesCount
} from '../../src/lib/state/applyFilters';
import { DEFAULT_FILTERS, type Filters } from '../../src/lib/state/filters';
import { dataset } from './loadData';

const f = (fields: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...fields });
const sessions = (fields: Partial<Filters>) =>
	filterSessions(dataset.copSessions, f(fields)).map((s) => s.session);
const index = buildStatusIndex(dataset);

describe('linked filters on the dataset', () => {
	it('filterSessions(sessions, f) over 2008–2012 keeps COP 4, 5 and 6', () => {
		expect(sessions({ window: { from: '2008-01-01', to: '2012-12-31' } })).toEqual([4, 5, 6]);
	});
	it('filterSessions(sessions, f) finds COP 1 by its president, Victor G. Garcia III', () => {
		expect(sessions({ q: 'Garcia' })).toEqual([1]);
	});
	it('filterSessions(sessions, f) for the African Group keeps COP 10, the one it is recorded to have presided', () => {
		// data/cop-sessions.json gives a presiding group for COP 10 (AFR) and COP 12 (EEG) only.
		expect(sessions({ groups: ['AFR'] })).toEqual([10]);
	});
	it('filterParticipants(participants, index, f) for the African Group keeps its 54 members', () => {
		const shown = filterParticipants(dataset.participants, index, f({ groups: ['AFR'] }));
		expect(shown).toHaveLength(54);
		expect(shown.every((p) => p.group === 'AFR')).toBe(true);
	});
	it('filterParticipants(participants, index, f) with joinedInWindow over 2003 keeps the UNTOC deposits dated in 2003', () => {
		const window = { from: '2003-01-01', to: '2003-12-31' };
		const expected = new Set(
			dataset.treatyActions
				.filter((a) => a.instrument === 'UNTOC' && a.consentDate?.startsWith('2003'))
				.map((a) => a.participant)
		);
		const filters = f({ window, instruments: ['UNTOC'], joinedInWindow: true });
		const shown = filterParticipants(dataset.participants, index, filters);
		expect(expected.size).toBeGreaterThan(0);
		expect(new Set(shown.map((p) => p.iso3))).toEqual(expected);
		expect(partiesCount(dataset.participants, index, filters, '2025-01-01')).toEqual({
			count: expected.size,
			joined: true
		});
	});
});

describe('the Parties count and "joined within" by day numbers, against the status engine', () => {
	// Any day from 1999 to 2026 (the span of the data's dates), or one of the data's deposit dates or
	// its undated Parties' window bounds, or the day before or after one: where a bound that is off by
	// a day shows.
	const daysOf = (dates: (string | null)[]) =>
		[...new Set(dates.filter((d) => d !== null))].map(dayNumber);
	const deposits = daysOf(dataset.treatyActions.map((a) => a.consentDate));
	const bounds = daysOf(dataset.treatyActions.flatMap((a) => [a.dateEarliest, a.dateLatest]));
	const near = (days: number[]) =>
		fc.tuple(fc.constantFrom(...days), fc.constantFrom(-1, 0, 1)).map(([d, k]) => d + k);
	const day = fc
		.oneof(fc.integer({ min: 10_592, max: 20_819 }), near(deposits), near(bounds))
		.map(fromDayNumber);
	const filters = fc.record({
		window: fc.option(
			fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
			{ freq: 2 }
		),
		instruments: fc.option(fc.subarray([...INSTRUMENT_IDS], { minLength: 1 }))
	});
	const shown = (x: { instruments: readonly string[] | null }) => x.instruments ?? INSTRUMENT_IDS;
	it('partiesCount(participants, index, f, asOf) counts whom statusOf finds a Party, or who joined within the window', () => {
		fc.assert(
			fc.property(filters, day, (fields, asOf) => {
				const filters = f(fields as Partial<Filters>);
				const w = filters.window;
				const want = dataset.participants.filter((p) =>
					shown(filters).some((id) => {
						const r = recordOf(index, p.iso3, id as (typeof INSTRUMENT_IDS)[number]);
						if (w === null) {
							const s = statusOf(r, asOf);
							return s === 'deposited' || s === 'in-force';
						}
						if (!r) return false;
						if (r.deposit) return r.deposit >= w.from && r.deposit <= w.to;
						return !!r.window?.latest && r.window.earliest >= w.from && r.window.latest <= w.to;
					})
				);
				expect(partiesCount(dataset.participants, index, filters, asOf)).toEqual({
					count: want.length,
					joined: w !== null
				});
				if (w === null) return;
				const joined = filterParticipants(dataset.participants, index, {
					...filters,
					joinedInWindow: true
				});
				expect(joined.map((p) => p.iso3)).toEqual(want.map((p) => p.iso3));
				for (const p of want) expect(joinedWithin(index, p.iso3, filters)).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});
});
