import { describe, expect, it } from 'vitest';
import { computeEntryIntoForce } from './entryIntoForce';
import { action, instrument, participant } from '$fixtures/testFixtures';

const states = ['AAA', 'BBB', 'CCC', 'DDD'].map((c) => participant(c));
const everyone = [...states, participant('EUU', 'reio')];

describe('computeEntryIntoForce', () => {
	it('computeEntryIntoForce adds the rule’s days to the Nth deposit, across a year end', () => {
		const deposits = [
			action('AAA', 'UNTOC', { consentDate: '2003-03-01' }),
			action('BBB', 'UNTOC', { consentDate: '2003-10-02' }),
			action('CCC', 'UNTOC', { consentDate: '2003-07-01' })
		];
		const r = computeEntryIntoForce(instrument('UNTOC'), deposits, states);
		expect(r.thresholdDepositDate).toBe('2003-10-02');
		expect(r.date).toBe('2003-12-31');
	});
	it('computeEntryIntoForce does not count a regional organization when the rule says so', () => {
		const deposits = [
			action('EUU', 'UNTOC', { consentDate: '2003-01-01' }),
			action('AAA', 'UNTOC', { consentDate: '2003-02-01' }),
			action('BBB', 'UNTOC', { consentDate: '2003-03-01' }),
			action('CCC', 'UNTOC', { consentDate: '2003-04-01' })
		];
		expect(
			computeEntryIntoForce(instrument('UNTOC'), deposits, everyone).thresholdDepositDate
		).toBe('2003-04-01');
		const counting = instrument('UNTOC', { reioCountsTowardThreshold: true });
		expect(computeEntryIntoForce(counting, deposits, everyone).thresholdDepositDate).toBe(
			'2003-03-01'
		);
	});
	it('computeEntryIntoForce puts a Protocol in force no earlier than the Convention', () => {
		const deposits = ['AAA', 'BBB', 'CCC'].map((c) =>
			action(c, 'TIP', { consentDate: '2003-01-01' })
		);
		const r = computeEntryIntoForce(instrument('TIP', {}, 'UNTOC'), deposits, states, '2003-09-29');
		expect(r.date).toBe('2003-09-29');
	});
	it('computeEntryIntoForce gives no date while the threshold is not reached', () => {
		const deposits = [action('AAA', 'FIR', { consentDate: '2003-01-01' })];
		expect(computeEntryIntoForce(instrument('FIR'), deposits, states)).toEqual({
			thresholdDepositDate: null,
			date: null,
			uncertainBecause: []
		});
	});
	it('computeEntryIntoForce names an undated Party that could have come before the threshold', () => {
		const deposits = [
			action('AAA', 'UNTOC', { consentDate: '2003-01-01' }),
			action('BBB', 'UNTOC', { consentDate: '2003-02-01' }),
			action('CCC', 'UNTOC', { consentDate: '2003-03-01' }),
			action('DDD', 'UNTOC', { dateEarliest: '2002-06-01', dateLatest: '2004-01-01' })
		];
		const r = computeEntryIntoForce(instrument('UNTOC'), deposits, states);
		expect(r.uncertainBecause.map((a) => a.participant)).toEqual(['DDD']);
	});
});
