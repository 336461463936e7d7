import { describe, expect, it } from 'vitest';
import { buildStatusIndex, type PartyRecord } from './legalStatus';
import type { GroupId } from './schema';
import {
	changeDates,
	countsByGroup,
	countsOn,
	growthSeries,
	MEASURES,
	type Measure,
	type StepPoint,
	yearEndCounts
} from './statusCounts';
import { action, instrument, participant } from '$fixtures/testFixtures';

// Every fixture instrument enters into force on 2003-09-29 (threshold 2003-07-01), later deposits
// 30 days after deposit.
const index = buildStatusIndex({
	instruments: [
		instrument('UNTOC'),
		instrument('TIP', {}, 'UNTOC'),
		instrument('SOM', {}, 'UNTOC'),
		instrument('FIR', {}, 'UNTOC')
	],
	participants: [participant('AAA'), participant('EUU', 'reio')],
	treatyActions: [
		action('AAA', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2003-01-01' }),
		action('BBB', 'UNTOC', { signatureDate: '2000-12-12' }),
		action('CCC', 'UNTOC', { consentKind: 'accession', consentDate: '2004-02-10' }),
		action('DDD', 'UNTOC', { dateEarliest: '2017-01-01', dateLatest: '2017-12-31' }),
		action('EEE', 'UNTOC', { dateEarliest: '2019-02-01' }),
		action('EUU', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2004-05-21' }),
		action('FFF', 'UNTOC', { signatureDate: '2000-12-15', consentDate: '2004-02-10' }),
		action('AAA', 'TIP', { consentDate: '2005-01-01' })
	]
});
const groups: Record<string, GroupId> = {
	AAA: 'AFR',
	BBB: 'AFR',
	CCC: 'WEOG',
	DDD: 'APG',
	EEE: 'APG',
	FFF: 'WEOG'
};
const groupOf = (p: string) => groups[p] ?? null;

describe('countsOn', () => {
	it.each([
		['2000-12-11', { signatories: 0, parties: 0, 'in-force': 0 }],
		['2003-09-28', { signatories: 4, parties: 1, 'in-force': 0 }],
		['2003-09-29', { signatories: 4, parties: 1, 'in-force': 1 }],
		['2004-03-10', { signatories: 4, parties: 3, 'in-force': 1 }],
		['2004-03-11', { signatories: 4, parties: 3, 'in-force': 3 }],
		['2017-12-30', { signatories: 4, parties: 4, 'in-force': 4 }],
		['2017-12-31', { signatories: 4, parties: 5, 'in-force': 4 }],
		['2018-01-30', { signatories: 4, parties: 5, 'in-force': 5 }],
		['2099-12-31', { signatories: 4, parties: 5, 'in-force': 5 }]
	])('countsOn(index, %s) counts UNTOC as %o', (date, counts) => {
		expect(countsOn(index, date).UNTOC).toEqual(counts);
	});
	it('countsOn counts a signatory that never joined, and not a Party that joined without signing', () => {
		const { UNTOC } = countsOn(index, '2024-12-31');
		// signatories AAA, BBB, EUU, FFF; CCC acceded unsigned; BBB never joined
		expect([UNTOC.signatories, UNTOC.parties]).toEqual([4, 5]);
	});
	it('countsOn counts each instrument apart', () => {
		const c = countsOn(index, '2024-12-31');
		expect([c.TIP.parties, c.SOM.parties, c.FIR.signatories]).toEqual([1, 0, 0]);
	});
	it.each([
		['AFR', { signatories: 2, parties: 1, 'in-force': 1 }],
		['WEOG', { signatories: 1, parties: 2, 'in-force': 2 }],
		['APG', { signatories: 0, parties: 1, 'in-force': 1 }],
		['EEG', { signatories: 0, parties: 0, 'in-force': 0 }],
		[null, { signatories: 1, parties: 1, 'in-force': 1 }]
	] as const)(
		'countsOn(index, date, { groupOf, group: %s }) counts that group only',
		(group, counts) => {
			expect(countsOn(index, '2024-12-31', { groupOf, group }).UNTOC).toEqual(counts);
		}
	);
	it('countsOn(index, date, { groupOf }) without a group counts everyone', () => {
		expect(countsOn(index, '2024-12-31', { groupOf })).toEqual(countsOn(index, '2024-12-31'));
	});
	it('countsOn keeps the counts of two groupOf functions apart', () => {
		const allAfrican = () => 'AFR' as const;
		expect(countsOn(index, '2024-12-31', { groupOf, group: 'AFR' }).UNTOC.parties).toBe(1);
		expect(countsOn(index, '2024-12-31', { groupOf: allAfrican, group: 'AFR' }).UNTOC.parties).toBe(
			5
		);
	});
	it('countsOn(index, date, { group }) without groupOf says what is missing', () => {
		expect(() => countsOn(index, '2024-12-31', { group: 'AFR' })).toThrow('needs groupOf');
	});
});

describe('countsByGroup', () => {
	it('countsByGroup(index, date, groupOf) splits countsOn by group, the EU under none', () => {
		const byGroup = countsByGroup(index, '2024-12-31', groupOf);
		expect(byGroup.none.UNTOC).toEqual({ signatories: 1, parties: 1, 'in-force': 1 });
		expect(byGroup.GRULAC.UNTOC).toEqual({ signatories: 0, parties: 0, 'in-force': 0 });
		for (const m of MEASURES) {
			const sum = Object.values(byGroup).reduce((n, c) => n + c.UNTOC[m], 0);
			expect(sum).toBe(countsOn(index, '2024-12-31').UNTOC[m]);
		}
	});
});

/** The count a step series shows on a date: the last point on or before it. */
function stepAt(points: StepPoint[], date: string): number {
	return points.filter((p) => p.date <= date).at(-1)?.count ?? 0;
}

/** Undated Parties certain by a date: the window has closed (parties) or the rule's days passed. */
function certainBy(leftOut: PartyRecord[], measure: Measure, date: string): number {
	const certainFrom = (r: PartyRecord) =>
		measure === 'parties' ? r.window?.latest : r.inForceCertainFrom;
	return leftOut.filter((r) => (certainFrom(r) ?? '9999-12-31') <= date).length;
}

describe('growthSeries', () => {
	it.each([
		[
			'parties',
			[
				['2000-11-15', 0],
				['2003-01-01', 1],
				['2004-02-10', 3],
				['2004-05-21', 4],
				['2024-12-31', 4]
			]
		],
		[
			'in-force',
			[
				['2000-11-15', 0],
				['2003-09-29', 1],
				['2004-03-11', 3],
				['2004-06-20', 4],
				['2024-12-31', 4]
			]
		],
		[
			'signatories',
			[
				['2000-11-15', 0],
				['2000-12-12', 3],
				['2000-12-15', 4],
				['2024-12-31', 4]
			]
		]
	] as const)(
		'growthSeries(index, UNTOC, %s) steps once per day of dated change',
		(measure, steps) => {
			const { points } = growthSeries(index, 'UNTOC', measure);
			expect(points.map((p) => [p.date, p.count])).toEqual(steps);
		}
	);
	it('growthSeries starts with the count on `from` and does not repeat a change on `to`', () => {
		const { points } = growthSeries(index, 'UNTOC', 'parties', {
			from: '2004-02-10',
			to: '2004-05-21'
		});
		expect(points).toEqual([
			{ date: '2004-02-10', count: 3 },
			{ date: '2004-05-21', count: 4 }
		]);
		const day = growthSeries(index, 'UNTOC', 'parties', { from: '2003-06-01', to: '2003-06-01' });
		expect(day.points).toEqual([{ date: '2003-06-01', count: 1 }]);
	});
	it('growthSeries leaves out the undated Parties whose window opens by `to`, none for signatories', () => {
		const who = (measure: Measure, to?: string) =>
			growthSeries(index, 'UNTOC', measure, { to }).leftOut.map((r) => r.participant);
		expect(who('parties')).toEqual(['DDD', 'EEE']);
		expect(who('in-force', '2018-12-31')).toEqual(['DDD']);
		expect(who('parties', '2016-12-31')).toEqual([]);
		expect(who('signatories')).toEqual([]);
	});
	it('growthSeries filters points and leftOut by group', () => {
		const s = growthSeries(index, 'UNTOC', 'parties', { groupOf, group: 'APG' });
		expect(s.points.map((p) => p.count)).toEqual([0, 0]);
		expect(s.leftOut.map((r) => r.participant)).toEqual(['DDD', 'EEE']);
		const none = growthSeries(index, 'UNTOC', 'parties', { groupOf, group: null });
		expect(none.points.map((p) => [p.date, p.count])).toEqual([
			['2000-11-15', 0],
			['2004-05-21', 1],
			['2024-12-31', 1]
		]);
		expect(none.leftOut).toEqual([]);
	});
	it('growthSeries(index, id, m, { to }) refuses a `to` before `from`', () => {
		expect(() => growthSeries(index, 'UNTOC', 'parties', { to: '2000-01-01' })).toThrow(RangeError);
	});
	// countsOn = the series' step value on the date + the leftOut Parties already certain on it
	// (window.latest for parties, inForceCertainFrom for in-force), on every day either can change.
	const days = [
		...changeDates(index),
		'2017-12-30',
		'2017-12-31',
		'2018-01-29',
		'2018-01-30',
		'2019-02-01'
	];
	it.each(MEASURES)(
		'growthSeries(index, UNTOC, %s) + certain leftOut equals countsOn',
		(measure) => {
			const { points, leftOut } = growthSeries(index, 'UNTOC', measure);
			for (const date of days) {
				const total = stepAt(points, date) + certainBy(leftOut, measure, date);
				expect(total, date).toBe(countsOn(index, date).UNTOC[measure]);
			}
		}
	);
});

describe('changeDates', () => {
	it('changeDates(index) lists each signature, deposit and in-force date once, sorted, never a window', () => {
		expect(changeDates(index)).toEqual([
			'2000-12-12',
			'2000-12-15',
			'2003-01-01',
			'2003-09-29',
			'2004-02-10',
			'2004-03-11',
			'2004-05-21',
			'2004-06-20',
			'2005-01-01',
			'2005-01-31'
		]);
	});
});

describe('yearEndCounts', () => {
	it('yearEndCounts(index, asOf, from) gives 31 December of each year, then the as-of date', () => {
		const rows = yearEndCounts(index, '2005-06-30', 2002);
		expect(rows.map((r) => r.date)).toEqual([
			'2002-12-31',
			'2003-12-31',
			'2004-12-31',
			'2005-06-30'
		]);
		expect(rows.map((r) => r.counts.UNTOC.parties)).toEqual([0, 1, 4, 4]);
		expect(rows.map((r) => r.counts.TIP.parties)).toEqual([0, 0, 0, 1]);
	});
	it('yearEndCounts(index, asOf) with asOf on 31 December ends on that day, once', () => {
		expect(yearEndCounts(index, '2003-12-31', 2003).map((r) => r.date)).toEqual(['2003-12-31']);
	});
});
