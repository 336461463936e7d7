import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import { action, instrument, participant } from '$fixtures/testFixtures';
import { buildStatusIndex } from './legalStatus';
import { isParty, MAP_STATUSES, stateStatuses, statusPhrase, statusTally } from './mapStatus';
import { STATUS_LABEL } from './statusText';

const participants = [
	participant('ITA'),
	participant('SIG'),
	participant('NON'),
	participant('UND'),
	participant('OLD'),
	participant('EUU', 'reio')
];
const index = buildStatusIndex({
	instruments: (['UNTOC', 'TIP', 'SOM', 'FIR'] as const).map((id) => instrument(id)),
	participants,
	treatyActions: [
		action('ITA', 'UNTOC', {
			signatureDate: '2000-12-12',
			consentKind: 'ratification',
			consentDate: '2006-08-02'
		}),
		action('SIG', 'UNTOC', { signatureDate: '2000-12-13' }),
		action('UND', 'UNTOC', {
			consentKind: 'accession',
			dateEarliest: '2014-01-28',
			dateLatest: '2015-01-31'
		}),
		action('OLD', 'UNTOC', {
			consentKind: 'accession',
			dateEarliest: '2017-01-01',
			dateLatest: null
		}),
		action('EUU', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2004-05-21' })
	]
});
const r = (iso3: string) => index.byKey.get(`${iso3} UNTOC`);

describe('stateStatuses', () => {
	it('stateStatuses(participants, index, instrument, date) gives every State its status and leaves out the EU', () => {
		const s = stateStatuses(participants, index, 'UNTOC', '2006-08-15');
		expect([...s]).toEqual([
			['ITA', 'deposited'],
			['SIG', 'signed'],
			['NON', 'not-signatory'],
			['UND', 'not-signatory'],
			['OLD', 'not-signatory']
		]);
	});
	it('stateStatuses reads each instrument on its own: no TIP row is not a signatory', () => {
		expect(stateStatuses(participants, index, 'TIP', '2024-12-31').get('ITA')).toBe(
			'not-signatory'
		);
	});
	it('stateStatuses on a date inside an undated window says unknown, and after it Party', () => {
		expect(stateStatuses(participants, index, 'UNTOC', '2014-06-01').get('UND')).toBe('unknown');
		expect(
			isParty(stateStatuses(participants, index, 'UNTOC', '2015-03-31').get('UND') ?? 'unknown')
		).toBe(true);
	});
});

describe('statusTally', () => {
	it('statusTally(statuses) counts the States of each status, every status present', () => {
		const tally = statusTally(stateStatuses(participants, index, 'UNTOC', '2014-06-01'));
		expect(tally).toEqual({
			'in-force': 1,
			deposited: 0,
			unknown: 1,
			signed: 1,
			'not-signatory': 2
		});
		expect(Object.keys(tally)).toEqual([...MAP_STATUSES]);
	});
	it('MAP_STATUSES are exactly the statuses of the participants table', () => {
		expect([...MAP_STATUSES].sort()).toEqual(Object.keys(STATUS_LABEL).sort());
	});
});

describe('statusPhrase', () => {
	it('statusPhrase(record, date) says since when a Party is bound', () => {
		expect(statusPhrase(r('ITA'), '2024-12-31')).toBe('Party, in force since 1 September 2006');
	});
	it('statusPhrase(record, date) before entry into force gives the deposit and the day it takes effect', () => {
		expect(statusPhrase(r('ITA'), '2006-08-02')).toBe(
			'Party since 2 August 2006, in force from 1 September 2006'
		);
	});
	it('statusPhrase(record, date) for a signatory and for neither', () => {
		expect(statusPhrase(r('ITA'), '2001-01-01')).toBe('Signed 12 December 2000, not a Party');
		expect(statusPhrase(r('ITA'), '2000-12-11')).toBe('Not a signatory');
		expect(statusPhrase(undefined, '2024-12-31')).toBe('Not a signatory');
	});
	it('statusPhrase(record, date) gives an undated Party its window, never a date of joining', () => {
		expect(statusPhrase(r('UND'), '2014-06-01')).toBe(
			'Party by an unknown date: became a Party between 28 January 2014 and 31 January 2015 (exact date not known)'
		);
		expect(statusPhrase(r('UND'), '2024-12-31')).toBe(
			'Party, in force by 2 March 2015 at the latest (became a Party between 28 January 2014 and 31 January 2015)'
		);
		expect(statusPhrase(r('OLD'), '2024-12-31')).toBe(
			'Party by an unknown date: became a Party between 1 January 2017 and an unknown date (exact date not known)'
		);
	});
});

describe('statusPhrase in the interface’s language', () => {
	afterEach(() => setLang('en'));
	it('statusPhrase(record, date) in French says since when a Party is bound', async () => {
		await setLang('fr');
		expect(statusPhrase(r('ITA'), '2024-12-31')).toBe(
			'Partie, en vigueur depuis le 1 septembre 2006'
		);
		expect(statusPhrase(r('SIG'), '2001-01-01')).toBe(
			'Signataire depuis le 13 décembre 2000, non Partie'
		);
	});
	it('statusPhrase(record, date) in Arabic gives an undated Party its window', async () => {
		await setLang('ar');
		expect(statusPhrase(r('UND'), '2014-06-01')).toBe(
			'طرف منذ تاريخ غير معروف: اكتساب صفة الطرف بين 28 يناير 2014 و31 يناير 2015 (التاريخ الدقيق غير معروف)'
		);
		expect(statusPhrase(undefined, '2024-12-31')).toBe('لم يتم التوقيع');
	});
});
