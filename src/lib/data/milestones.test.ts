import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import {
	milestoneLines,
	milestoneTable,
	milestoneWho,
	milestoneText,
	nthDeposit,
	ordinal,
	thresholdMilestone,
	wrapWords
} from './milestones';
import { action, instrument, participant } from '$fixtures/testFixtures';

const deposits = [
	action('CCC', 'FIR', { consentDate: '2004-02-29' }),
	action('AAA', 'FIR', { consentDate: '1999-12-31' }),
	action('EUU', 'FIR', { consentDate: '2000-01-01', consentKind: 'approval' }),
	action('BBB', 'FIR', { consentDate: '2004-02-29' }),
	action('DDD', 'FIR', { signatureDate: '2000-12-12' }),
	action('EEE', 'FIR', { dateEarliest: '2003-01-01', dateLatest: '2005-01-01' })
];
const names: Record<string, string> = { AAA: 'Aland', BBB: 'Bravia', CCC: 'Cadia' };
const nameOf = (c: string) => names[c] ?? c;

describe('nthDeposit', () => {
	it('nthDeposit(actions, id, n) finds the nth deposit in date order across a year end', () => {
		const m = nthDeposit(deposits, 'FIR', 2);
		expect(m).toMatchObject({ date: '2000-01-01', participants: ['EUU'], ranks: [2, 2] });
	});
	it('nthDeposit(actions, id, n, leaveOut) does not count the participants left out', () => {
		expect(nthDeposit(deposits, 'FIR', 2, new Set(['EUU']))?.date).toBe('2004-02-29');
	});
	it('nthDeposit(actions, id, n) names every deposit of the nth one’s day, on 29 February', () => {
		const m = nthDeposit(deposits, 'FIR', 3);
		expect(m).toMatchObject({ date: '2004-02-29', participants: ['CCC', 'BBB'], ranks: [3, 4] });
		expect(nthDeposit(deposits, 'FIR', 4)?.ranks).toEqual([3, 4]);
	});
	it('nthDeposit(actions, id, n) names undated Parties whose window opens by the date', () => {
		expect(nthDeposit(deposits, 'FIR', 3)?.uncertainBecause).toEqual(['EEE']);
		expect(nthDeposit(deposits, 'FIR', 1)?.uncertainBecause).toEqual([]);
	});
	it('nthDeposit(actions, id, n) is null past the last deposit and for no rank', () => {
		expect(nthDeposit(deposits, 'FIR', 5)).toBeNull();
		expect(nthDeposit(deposits, 'FIR', 0)).toBeNull();
		expect(nthDeposit(deposits, 'UNTOC', 1)).toBeNull();
	});
});

describe('thresholdMilestone', () => {
	const parts = [
		participant('AAA'),
		participant('BBB'),
		participant('CCC'),
		participant('EUU', 'reio')
	];
	it('thresholdMilestone(instrument) leaves a regional organization out when its rule does', () => {
		const fir = instrument('FIR', { instrumentsNeeded: 2 });
		expect(thresholdMilestone(fir, deposits, parts)?.date).toBe('2004-02-29');
		const counting = instrument('FIR', { instrumentsNeeded: 2, reioCountsTowardThreshold: true });
		expect(thresholdMilestone(counting, deposits, parts)?.date).toBe('2000-01-01');
	});
	it('thresholdMilestone(instrument) carries the recorded entry into force', () => {
		const fir = instrument('FIR', { instrumentsNeeded: 1 });
		expect(thresholdMilestone(fir, deposits, parts)).toMatchObject({
			participants: ['AAA'],
			entryIntoForce: fir.entryIntoForce.date
		});
	});
	it('thresholdMilestone(instrument) is null while the threshold is not reached', () => {
		expect(
			thresholdMilestone(instrument('FIR', { instrumentsNeeded: 40 }), deposits, parts)
		).toBeNull();
	});
});

describe('milestoneTable', () => {
	it('milestoneTable(actions, ids, ranks) gives each rank’s milestone or null, EU included', () => {
		const t = milestoneTable(deposits, ['FIR', 'SOM'], [1, 2, 40]);
		expect(t.map((r) => r.instrument)).toEqual(['FIR', 'SOM']);
		expect(t[0]!.milestones.map((m) => m?.participants)).toEqual([['AAA'], ['EUU'], undefined]);
		expect(t[1]!.milestones).toEqual([null, null, null]);
	});
});

describe('milestone words', () => {
	it('ordinal(n) writes English ordinals, teens included', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 40, 100, 101, 111, 112, 150].map(ordinal)).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'11th',
			'12th',
			'13th',
			'21st',
			'40th',
			'100th',
			'101st',
			'111th',
			'112th',
			'150th'
		]);
	});
	it('milestoneText(m, nameOf) names one State and the day', () => {
		expect(milestoneText(nthDeposit(deposits, 'FIR', 1)!, nameOf)).toBe(
			'1st: Aland, 31 December 1999'
		);
	});
	it('milestoneText(m, nameOf) names everyone who deposited on the same day, sorted', () => {
		expect(milestoneText(nthDeposit(deposits, 'FIR', 3)!, nameOf)).toBe(
			'3rd: Bravia or Cadia (same day), 29 February 2004'
		);
	});
});

describe('milestone labels', () => {
	it('wrapWords(text, n) fills lines up to n characters, a long word alone', () => {
		expect(wrapWords('aa bb cc  dddddddd e', 5)).toEqual(['aa bb', 'cc', 'dddddddd', 'e']);
		expect(wrapWords('', 5)).toEqual([]);
	});
	it('milestoneLines(m) names the State and day, then the entry into force it set off', () => {
		const m = { ...nthDeposit(deposits, 'FIR', 1)!, entryIntoForce: '2000-03-30' };
		expect(milestoneLines(m, 'Firearms', nameOf)).toEqual([
			'Firearms 1st: Aland, 31 December 1999',
			'in force 30 March 2000'
		]);
	});
	it('milestoneLines(m) gives the day first and everyone who deposited on it', () => {
		const m = { ...nthDeposit(deposits, 'FIR', 3)!, entryIntoForce: '2004-05-29' };
		expect(milestoneLines(m, 'Firearms', nameOf)).toEqual([
			'Firearms 3rd, 29 February 2004:',
			'Bravia or Cadia (same day)',
			'in force 29 May 2004'
		]);
	});
});

describe('milestone words in other languages', () => {
	afterEach(() => setLang('en'));
	const all = [...deposits, action('DDD', 'FIR', { consentDate: '2004-02-29' })];
	it('milestoneText(m, nameOf) words the rank, the day and "same day" in French', async () => {
		await setLang('fr');
		expect(milestoneText(nthDeposit(deposits, 'FIR', 1)!, nameOf)).toBe(
			'1re : Aland, 31 décembre 1999'
		);
		expect(milestoneText(nthDeposit(all, 'FIR', 3)!, nameOf)).toBe(
			'3e : Bravia, Cadia ou DDD (même jour), 29 février 2004'
		);
	});
	it('milestoneWho(m, nameOf) joins the names the language’s way (Intl.ListFormat)', async () => {
		await setLang('es');
		expect(milestoneWho(nthDeposit(all, 'FIR', 3)!, nameOf)).toBe('Bravia, Cadia o DDD');
		await setLang('zh');
		expect(milestoneWho(nthDeposit(all, 'FIR', 3)!, nameOf)).toBe('Bravia、Cadia或DDD');
	});
	it('milestoneLines(m) in Russian: rank, day, entry into force', async () => {
		await setLang('ru');
		const m = { ...nthDeposit(deposits, 'FIR', 1)!, entryIntoForce: '2000-03-30' };
		expect(milestoneLines(m, 'Огнестрельное оружие', nameOf)).toEqual([
			'Огнестрельное оружие, 1-й: Aland, 31 декабря 1999 г.',
			'в силе с 30 марта 2000 г.'
		]);
	});
});
