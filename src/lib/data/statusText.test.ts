import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import { buildStatusIndex } from './legalStatus';
import {
	datedSteps,
	pathSteps,
	STATUS_FILTER_LABEL,
	STATUS_LABEL,
	statusLabel
} from './statusText';
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

describe('statusText in the interface’s language', () => {
	afterEach(() => setLang('en'));
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
	it('STATUS_LABEL[s] is read in the language of the moment, keeping its keys', async () => {
		expect(STATUS_LABEL['in-force']).toBe('In force');
		await setLang('fr');
		expect(STATUS_LABEL['in-force']).toBe('En vigueur');
		expect(statusLabel('deposited')).toBe('Partie, pas encore en vigueur');
		expect(STATUS_FILTER_LABEL.signed).toBe('Signataire, pas encore Partie');
		expect(Object.keys(STATUS_LABEL).sort()).toEqual(
			['deposited', 'in-force', 'not-signatory', 'signed', 'unknown'].sort()
		);
		await setLang('en');
		expect(STATUS_FILTER_LABEL.party).toBe('Party (in force or not)');
	});
	it('pathSteps(record) in Russian names each step and dates it the Russian way', async () => {
		await setLang('ru');
		expect(pathSteps(index.byKey.get('AAA UNTOC'))).toEqual([
			'Подписание: 12 декабря 2000 г.',
			'Ратификация: 28 февраля 2004 г.',
			'Вступление в силу: 29 марта 2004 г.'
		]);
	});
	it('pathSteps(record) in Spanish gives an undated Party its window, never a date', async () => {
		await setLang('es');
		expect(pathSteps(index.byKey.get('BBB UNTOC'))).toEqual([
			'Adhesión: entre el 1 de enero de 2017 y el 31 de diciembre de 2017 (se desconoce la fecha exacta)',
			'Entrada en vigor: a más tardar el 30 de enero de 2018'
		]);
	});
});
