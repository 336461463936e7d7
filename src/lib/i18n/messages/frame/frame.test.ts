import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../../../../../tests/unit/loadData';
import { m, setLang } from '$lib/i18n/i18n.svelte';
import { INSTRUMENT_IDS } from '$lib/data/schema';
import ar from './ar';
import en from './en';
import ru from './ru';

describe('the frame catalogue', () => {
	afterEach(() => setLang('en'));

	it('en.instrumentShort names each instrument as the dataset does', () => {
		for (const i of dataset.instruments) expect(en.instrumentShort[i.id]).toBe(i.shortName);
		expect(Object.keys(en.instrumentShort).sort()).toEqual([...INSTRUMENT_IDS].sort());
	});

	it('stops(n) picks the Russian and Arabic plural forms', () => {
		expect([1, 3, 5, 21].map((n) => ru.stops(n))).toEqual([
			'(1 этап)',
			'(3 этапа)',
			'(5 этапов)',
			'(21 этап)'
		]);
		// Arabic: one, two, few (3–10), many (11–99), other (100…), with the digits Arabic writes.
		const n = (x: number) => new Intl.NumberFormat('ar').format(x);
		expect([1, 2, 3, 11, 100].map((x) => ar.stops(x))).toEqual([
			'(محطة واحدة)',
			'(محطتان)',
			`(${n(3)} محطات)`,
			`(${n(11)} محطة)`,
			`(${n(100)} محطة)`
		]);
	});

	it('keeps the English "(1 stops)" the app has always written', () => {
		expect(en.stops(1)).toBe('(1 stops)');
		expect(en.stops(12)).toBe('(12 stops)');
	});

	it('m.frame.viewFailed(name) follows the language switch', async () => {
		expect(m.frame.viewFailed('The timeline')).toBe('The timeline could not be shown.');
		await setLang('fr');
		expect(m.frame.viewFailed('La chronologie')).toBe('La chronologie : affichage impossible.');
	});
});
