import { describe, expect, it } from 'vitest';
import { countParties, countSignatories, isParty } from './partyCount';
import { action } from '$fixtures/testFixtures';

const actions = [
	action('AAA', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2003-01-01' }),
	action('BBB', 'UNTOC', { signatureDate: '2000-12-12' }),
	action('CCC', 'UNTOC', {
		consentKind: 'accession',
		dateEarliest: '2017-01-01',
		dateLatest: '2017-12-31'
	}),
	action('DDD', 'UNTOC', {
		consentKind: 'accession',
		dateEarliest: '2019-02-01',
		dateLatest: null
	}),
	action('EUU', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2004-05-21' }),
	action('AAA', 'TIP', { consentDate: '2003-01-01' })
];

describe('countParties', () => {
	it('countParties(actions, id, date) counts a deposit from its own day on', () => {
		expect(countParties(actions, 'UNTOC', '2002-12-31').certain).toBe(0);
		expect(countParties(actions, 'UNTOC', '2003-01-01').certain).toBe(1);
	});
	it('countParties never counts a signature without consent as a Party', () => {
		const c = countParties(actions, 'UNTOC', '2024-12-31');
		expect(c.dated).toBe(2); // AAA and the EU; BBB only signed
		expect(isParty(actions[1]!)).toBe(false);
	});
	it('countParties counts an undated Party as possible inside its window and certain after it', () => {
		const inside = countParties(actions, 'UNTOC', '2017-06-30');
		expect(inside.undatedPossible.map((a) => a.participant)).toEqual(['CCC']);
		expect([inside.certain, inside.possible]).toEqual([2, 3]);
		const after = countParties(actions, 'UNTOC', '2018-01-01');
		expect(after.undatedCertain.map((a) => a.participant)).toEqual(['CCC']);
		expect(after.certain).toBe(3);
	});
	it('countParties leaves a window with no end possible for ever, never certain', () => {
		const c = countParties(actions, 'UNTOC', '2024-12-31');
		expect(c.undatedPossible.map((a) => a.participant)).toEqual(['DDD']);
		expect([c.certain, c.possible]).toEqual([3, 4]);
	});
	it('countParties(..., { includeEu: false }) leaves out the European Union', () => {
		expect(countParties(actions, 'UNTOC', '2005-01-01', { includeEu: false }).certain).toBe(1);
		expect(countParties(actions, 'UNTOC', '2005-01-01').certain).toBe(2);
	});
	it('countParties counts only the instrument asked for', () => {
		expect(countParties(actions, 'TIP', '2024-12-31').certain).toBe(1);
		expect(countParties(actions, 'FIR', '2024-12-31').possible).toBe(0);
	});
});

describe('countSignatories', () => {
	it('countSignatories(actions, id, date) counts signatures on or before the date', () => {
		expect(countSignatories(actions, 'UNTOC', '2000-12-11')).toBe(0);
		expect(countSignatories(actions, 'UNTOC', '2000-12-12')).toBe(3);
	});
});
