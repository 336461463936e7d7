import { describe, expect, it } from 'vitest';
import { dayNumber, precisionOf, spanStart } from './calendarDate';
import type { Dataset } from './dataset';
import { scaleDataset } from './scaleDataset';
import { INSTRUMENT_IDS } from './schema';
import { action, event, instrument, participant, session } from './testFixtures';

const d: Dataset = {
	events: [
		event('early', '1975-01-10'),
		event('a-year', '1975'),
		event('a-month', '2024-12'),
		event('late', '2024-12-20', { endDate: '2024-12-28' }),
		event('cop-1', '2004-06-28', { endDate: '2004-07-08', category: 'cop' })
	],
	copSessions: [session(1), session(2, { eventId: null, startDate: '2005-10-10' })],
	instruments: INSTRUMENT_IDS.map((id) => instrument(id)),
	participants: [participant('ITA'), participant('EUU', 'reio'), participant('NGA')],
	treatyActions: [
		action('ITA', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2006-08-02' }),
		action('ITA', 'TIP', { signatureDate: '2002-12-01', consentDate: '2025-12-20' }),
		action('EUU', 'UNTOC', { dateEarliest: '2004-05-01', dateLatest: '2004-05-03' }),
		action('NGA', 'UNTOC', { consentDate: '2008-06-02' }),
		action('NGA', 'FIR', { consentDate: '2010-06-01' })
	],
	publishedCounts: [],
	tours: []
};
const N = 60;
const big = scaleDataset(d, N);
const days = (a: string, b: string) => dayNumber(spanStart(b)) - dayNumber(spanStart(a));

describe('scaleDataset', () => {
	it('scaleDataset(d, n) makes n copies of every record, with unique ids and codes', () => {
		expect(big.events).toHaveLength(N * d.events.length);
		expect(new Set(big.events.map((e) => e.id)).size).toBe(N * d.events.length);
		expect(big.participants.map((p) => p.iso3).slice(0, 4)).toEqual([
			'ITA1',
			'EUU1',
			'NGA1',
			'ITA2'
		]);
		expect(new Set(big.participants.map((p) => p.iso3)).size).toBe(N * 3);
		expect(big.treatyActions).toHaveLength(N * 5);
		expect(big.events.filter((e) => e.id === 'late-7')).toHaveLength(1);
		expect(big.instruments).toBe(d.instruments);
	});
	it('scaleDataset(d, n) numbers the COP sessions 1 to n times their count', () => {
		expect(big.copSessions.map((s) => s.session)).toEqual(
			Array.from({ length: N * 2 }, (_, i) => i + 1)
		);
		expect(big.copSessions[2]?.eventId).toBe('cop-1-2');
		expect(big.copSessions[3]?.eventId).toBeNull();
	});
	it('scaleDataset(d, n) is deterministic for a seed', () => {
		expect(scaleDataset(d, 5)).toEqual(scaleDataset(d, 5));
		expect(scaleDataset(d, 5, 2)).not.toEqual(scaleDataset(d, 5));
	});
	it('scaleDataset(d, n) moves event dates by at most 180 days inside 1975–2024, in their own form', () => {
		const moved = new Set<number>();
		big.events.forEach((e, i) => {
			const original = d.events[i % d.events.length];
			if (!original) throw new Error('no original');
			expect(precisionOf(e.date)).toBe(original.precision);
			expect(spanStart(e.date) >= '1975-01-01' && e.date <= '2024-12-31').toBe(true);
			if (original.precision === 'day') {
				expect(Math.abs(days(original.date, e.date))).toBeLessThanOrEqual(180);
				moved.add(days(original.date, e.date));
			}
			// A bar's end moves with its start (away from the edges, where each end is clamped alone).
			if (original.id === 'cop-1') expect(days(e.date, e.endDate ?? '')).toBe(10);
		});
		expect(moved.size).toBeGreaterThan(20);
	});
	it('scaleDataset(d, n) gives a COP session its event’s dates', () => {
		big.copSessions
			.filter((s) => s.eventId !== null)
			.forEach((s) => {
				const e = big.events.find((x) => x.id === s.eventId);
				expect([s.startDate, s.endDate]).toEqual([e?.date, e?.endDate]);
			});
	});
	it('scaleDataset(d, n) keeps treaty actions between the signature opening and 2025-12-31, in order', () => {
		for (const a of big.treatyActions) {
			for (const date of [a.signatureDate, a.consentDate, a.dateEarliest, a.dateLatest]) {
				if (date !== null) expect(date >= '2000-12-12' && date <= '2025-12-31').toBe(true);
			}
			if (a.signatureDate) expect(a.signatureDate <= '2002-12-12').toBe(true);
			if (a.signatureDate && a.consentDate) expect(a.signatureDate <= a.consentDate).toBe(true);
			if (a.dateEarliest && a.dateLatest) expect(a.dateEarliest <= a.dateLatest).toBe(true);
		}
	});
	it('scaleDataset(d, n) moves all of a participant’s treaty actions by the same days', () => {
		for (let k = 1; k <= N; k++) {
			const [untoc, fir] = big.treatyActions.filter((a) => a.participant === `NGA${k}`);
			const shift = days('2008-06-02', untoc?.consentDate ?? '');
			expect(Math.abs(shift)).toBeLessThanOrEqual(180);
			expect(days('2010-06-01', fir?.consentDate ?? '')).toBe(shift);
		}
	});
	it('scaleDataset(d, n) leaves its input unchanged', () => {
		const before = structuredClone(d);
		scaleDataset(d, 3);
		expect(d).toEqual(before);
	});
});
