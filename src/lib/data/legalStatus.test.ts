import { describe, expect, it } from 'vitest';
import {
	buildStatusIndex,
	inForceFor,
	recordOf,
	statusOf,
	statusOn,
	type Status
} from './legalStatus';
import type { TreatyAction } from './rowSchemas';
import type { Instrument } from './schema';
import { action, instrument, participant } from '$fixtures/testFixtures';

/** The fixture instrument with a recorded entry into force (and threshold deposit, if stated). */
function inForceOn(i: Instrument, date: string, thresholdDepositDate: string | null = null) {
	return { ...i, entryIntoForce: { ...i.entryIntoForce, date, thresholdDepositDate } };
}

// UNTOC: recorded 2003-09-29, no stated threshold, so deposits up to 2003-07-01 (minus 90 days) wait
// for it. TIP: recorded 2003-12-25 with its threshold deposit stated as 2003-09-26.
const untoc = inForceOn(instrument('UNTOC'), '2003-09-29');
const tip = inForceOn(instrument('TIP', {}, 'UNTOC'), '2003-12-25', '2003-09-26');
const instruments = [
	untoc,
	tip,
	inForceOn(instrument('SOM', {}, 'UNTOC'), '2004-01-28'),
	inForceOn(instrument('FIR', {}, 'UNTOC'), '2005-07-03')
];
const participants = ['AAA', 'BBB', 'CCC'].map((c) => participant(c));

function indexOf(treatyActions: TreatyAction[]) {
	return buildStatusIndex({
		instruments,
		treatyActions,
		participants: [...participants, participant('EUU', 'reio')]
	});
}

describe('inForceFor', () => {
	it.each([
		['long before the threshold', untoc, '2002-05-01', '2003-09-29'],
		['on the threshold day derived from the recorded date', untoc, '2003-07-01', '2003-09-29'],
		['on the stated threshold day of a Protocol', tip, '2003-09-26', '2003-12-25']
	])(
		'inForceFor binds a deposit made %s on the recorded entry into force',
		(_, i, deposit, date) => {
			expect(inForceFor(i, deposit)).toBe(date);
		}
	);
	it.each([
		['2003-07-02', '2003-09-29'],
		['2003-08-30', '2003-09-29'],
		['2003-08-31', '2003-09-30'],
		['2004-01-15', '2004-02-14'],
		['2004-01-31', '2004-03-01'],
		['2004-02-10', '2004-03-11'],
		['2005-02-10', '2005-03-12'],
		['2008-01-30', '2008-02-29'],
		['2004-12-15', '2005-01-14']
	])(
		'inForceFor(UNTOC, %s) is %s: deposit + 30 days, never before the recorded date',
		(d, date) => {
			expect(inForceFor(untoc, d)).toBe(date);
		}
	);
	it.each([
		['2003-10-30', '2003-12-25'],
		['2003-11-25', '2003-12-25'],
		['2003-11-26', '2003-12-26']
	])('inForceFor(TIP, %s) is %s: the Protocol’s own date when that is later', (d, date) => {
		expect(inForceFor(tip, d)).toBe(date);
	});
	it('inForceFor uses the rule’s own numbers of days', () => {
		const slow = {
			...untoc,
			entryIntoForceRule: { ...untoc.entryIntoForceRule, daysAfterLaterDeposit: 60 }
		};
		expect(inForceFor(slow, '2004-01-01')).toBe('2004-03-01');
		const quick = {
			...untoc,
			entryIntoForceRule: { ...untoc.entryIntoForceRule, daysAfterThresholdDeposit: 10 }
		};
		expect(inForceFor(quick, '2003-09-19')).toBe('2003-09-29');
		expect(inForceFor(quick, '2003-09-20')).toBe('2003-10-20');
	});
});

describe('buildStatusIndex', () => {
	it('buildStatusIndex(d) keeps every row in file order, keyed by participant and instrument', () => {
		const rows = [action('BBB', 'TIP'), action('AAA', 'UNTOC'), action('AAA', 'TIP')];
		const index = indexOf(rows);
		expect(index.records.map((r) => r.action)).toEqual(rows);
		expect(index.byKey.get('AAA TIP')?.action).toBe(rows[2]);
		// recordOf looks up the same rows without a key string; none for a pair with no row.
		for (const [key, r] of index.byKey) {
			const [p, i] = key.split(' ') as [string, 'UNTOC' | 'TIP'];
			expect(recordOf(index, p, i)).toBe(r);
		}
		expect(recordOf(index, 'BBB', 'UNTOC')).toBeUndefined();
		expect(recordOf(index, 'CCC', 'TIP')).toBeUndefined();
		expect(index.entryIntoForce).toEqual({
			UNTOC: '2003-09-29',
			TIP: '2003-12-25',
			SOM: '2004-01-28',
			FIR: '2005-07-03'
		});
	});
	it('buildStatusIndex gives the European Union the per-Party rule like any State', () => {
		const index = indexOf([
			action('EUU', 'UNTOC', { consentKind: 'approval', consentDate: '2004-05-21' }),
			action('EUU', 'TIP', { consentKind: 'approval', consentDate: '2003-02-01' }),
			action('AAA', 'UNTOC', { consentDate: '2004-05-21' })
		]);
		expect(index.records.map((r) => r.inForce)).toEqual(['2004-06-20', '2003-12-25', '2004-06-20']);
	});
	it('buildStatusIndex never gives an undated Party a deposit or an entry-into-force date', () => {
		const r = indexOf([
			action('AAA', 'UNTOC', { dateEarliest: '2017-01-01', dateLatest: '2017-12-31' })
		]).records[0];
		expect(r).toMatchObject({ deposit: null, inForce: null, inForceCertainFrom: '2018-01-30' });
		expect(r?.window).toEqual({ earliest: '2017-01-01', latest: '2017-12-31' });
	});
	it.each([
		['a window that ends before the threshold', '2002-01-01', '2003-03-31', '2003-09-29'],
		['a window that ends before the recorded date', '2003-07-01', '2003-08-15', '2003-09-29'],
		['a window with no end', '2019-02-01', null, null]
	])(
		'buildStatusIndex makes an undated Party certainly in force after %s',
		(_, earliest, latest, from) => {
			const r = indexOf([action('AAA', 'UNTOC', { dateEarliest: earliest, dateLatest: latest })]);
			expect(r.records[0]?.inForceCertainFrom).toBe(from);
		}
	);
	it('buildStatusIndex(d) names an instrument that d lacks', () => {
		expect(() =>
			buildStatusIndex({ instruments: instruments.slice(0, 3), treatyActions: [], participants })
		).toThrow('instrument FIR is missing');
	});
});

describe('statusOf', () => {
	const index = indexOf([
		action('AAA', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2004-01-15' }),
		action('BBB', 'UNTOC', { signatureDate: '2000-12-13' }),
		action('CCC', 'UNTOC', { dateEarliest: '2017-01-01', dateLatest: '2017-12-31' }),
		action('AAA', 'TIP', { signatureDate: '2000-12-12', dateEarliest: '2019-02-01' }),
		action('EUU', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2004-05-21' }),
		action('BBB', 'TIP', { consentKind: 'accession', consentDate: '2003-10-30' })
	]);
	const cases: [string, string, string, Status][] = [
		['AAA', 'UNTOC', '2000-12-11', 'not-signatory'],
		['AAA', 'UNTOC', '2000-12-12', 'signed'],
		['AAA', 'UNTOC', '2004-01-14', 'signed'],
		['AAA', 'UNTOC', '2004-01-15', 'deposited'],
		['AAA', 'UNTOC', '2004-02-13', 'deposited'],
		['AAA', 'UNTOC', '2004-02-14', 'in-force'],
		['BBB', 'UNTOC', '2000-12-12', 'not-signatory'],
		['BBB', 'UNTOC', '2024-12-31', 'signed'],
		['CCC', 'UNTOC', '2016-12-31', 'not-signatory'],
		['CCC', 'UNTOC', '2017-01-01', 'unknown'],
		['CCC', 'UNTOC', '2017-12-30', 'unknown'],
		['CCC', 'UNTOC', '2017-12-31', 'deposited'],
		['CCC', 'UNTOC', '2018-01-29', 'deposited'],
		['CCC', 'UNTOC', '2018-01-30', 'in-force'],
		['AAA', 'TIP', '2019-01-31', 'signed'],
		['AAA', 'TIP', '2019-02-01', 'unknown'],
		['AAA', 'TIP', '2099-12-31', 'unknown'],
		['EUU', 'UNTOC', '2004-06-19', 'deposited'],
		['EUU', 'UNTOC', '2004-06-20', 'in-force'],
		['BBB', 'TIP', '2003-10-29', 'not-signatory'],
		['BBB', 'TIP', '2003-12-24', 'deposited'],
		['BBB', 'TIP', '2003-12-25', 'in-force'],
		['CCC', 'FIR', '2024-12-31', 'not-signatory']
	];
	it.each(cases)('statusOn(index, %s, %s, %s) is %s', (p, i, date, status) => {
		expect(statusOn(index, p, i as Instrument['id'], date)).toBe(status);
	});
	it('statusOf(undefined, date) is not-signatory: no row, no action', () => {
		expect(statusOf(undefined, '2024-12-31')).toBe('not-signatory');
	});
	it('statusOf never makes a Party of a signature without consent', () => {
		const r = index.byKey.get('BBB UNTOC');
		expect([r?.deposit, r?.window, r?.inForce, r?.inForceCertainFrom]).toEqual([
			null,
			null,
			null,
			null
		]);
		expect(statusOf(r, '2099-12-31')).toBe('signed');
	});
});
