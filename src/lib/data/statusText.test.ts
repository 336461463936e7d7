import { describe, expect, it } from 'vitest';
import { buildStatusIndex } from './legalStatus';
import { datedSteps, pathSteps } from './statusText';
import { action, instrument, participant } from '$fixtures/testFixtures';

describe('pathSteps', () => {
	const index = buildStatusIndex({
		instruments: (['UNTOC', 'TIP', 'SOM', 'FIR'] as const).map((id) => instrument(id)),
		participants: [participant('AAA'), participant('BBB')],
		treatyActions: [
			action('AAA', 'UNTOC', {
				signatureDate: '2000-12-12',
				consentKind: 'ratification',
				consentDate: '2004-02-28'
			}),
			action('BBB', 'UNTOC', {
				consentKind: 'accession',
				dateEarliest: '2017-01-01',
				dateLatest: '2017-12-31'
			})
		]
	});
	it('pathSteps(record) writes signature, consent and entry into force in order', () => {
		expect(pathSteps(index.byKey.get('AAA UNTOC'))).toEqual([
			'Signed 12 December 2000',
			'Ratified 28 February 2004',
			'In force 29 March 2004'
		]);
	});
	it('pathSteps(record) gives an undated Party its window, never a date', () => {
		const steps = pathSteps(index.byKey.get('BBB UNTOC'));
		expect(steps[0]).toBe(
			'Acceded between 1 January 2017 and 31 December 2017 (exact date not known)'
		);
		expect(steps.join(' ')).not.toMatch(/Acceded \d/);
	});
	it('pathSteps(undefined) is empty', () => expect(pathSteps(undefined)).toEqual([]));
	it('datedSteps(record) gives each step the first day it can have happened, to tell later steps', () => {
		expect(datedSteps(index.byKey.get('AAA UNTOC')).map((s) => s.from)).toEqual([
			'2000-12-12',
			'2004-02-28',
			'2004-03-29'
		]);
		// An undated accession can have happened from the first day of its window.
		expect(datedSteps(index.byKey.get('BBB UNTOC'))[0]?.from).toBe('2017-01-01');
	});
});
