import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import type { InstrumentTitle } from './rowSchemas';
import { instrumentTitle } from './instrumentTitle';
import { INSTRUMENT_IDS, UN_LANGUAGES } from './schema';
import { dataset } from '../../../tests/unit/loadData';

const source = { title: 'A source', url: 'https://example.org/a' };
const row = (
	instrument: InstrumentTitle['instrument'],
	lang: InstrumentTitle['lang'],
	title: string,
	short: string | null = null
): InstrumentTitle => ({ instrument, lang, title, short, source, line: 2 });
const d = {
	instrumentTitles: [
		row('TIP', 'en', 'Trafficking title', 'TIP short'),
		row('TIP', 'fr', 'Titre traite', 'Protocole relatif à la traite des personnes'),
		row('SOM', 'fr', 'Titre migrants'),
		row('SOM', 'en', 'Smuggling title', 'SOM short')
	]
};

describe('instrumentTitle', () => {
	it('instrumentTitle(d, id, lang) gives the title and short name in that language', () => {
		expect(instrumentTitle(d, 'TIP', 'fr')).toEqual({
			title: 'Titre traite',
			short: 'Protocole relatif à la traite des personnes',
			lang: 'fr',
			source
		});
	});

	it('instrumentTitle(d, id, lang) falls back to the English title, marked lang en, when the language has none', () => {
		expect(instrumentTitle(d, 'TIP', 'ru')).toEqual({
			title: 'Trafficking title',
			short: 'TIP short',
			lang: 'en',
			source
		});
	});

	it("instrumentTitle(d, id, lang) keeps a language's empty short name empty, not the English one", () => {
		expect(instrumentTitle(d, 'SOM', 'fr')).toEqual({
			title: 'Titre migrants',
			short: null,
			lang: 'fr',
			source
		});
	});

	it('instrumentTitle(d, id, lang) is null for an instrument with no title in any language', () => {
		expect(instrumentTitle(d, 'FIR', 'fr')).toBeNull();
		expect(instrumentTitle({ instrumentTitles: [] }, 'UNTOC', 'en')).toBeNull();
	});

	it('instrumentTitle(dataset, id, lang) gives every instrument a title in every language of the real data, English where none was found', () => {
		for (const id of INSTRUMENT_IDS)
			for (const lang of UN_LANGUAGES) {
				const t = instrumentTitle(dataset, id, lang);
				expect(t, `${id} ${lang}`).not.toBeNull();
				const own = dataset.instrumentTitles.some((r) => r.instrument === id && r.lang === lang);
				expect(t?.lang, `${id} ${lang}`).toBe(own ? lang : 'en');
			}
		expect(instrumentTitle(dataset, 'SOM', 'fr')?.title).toMatch(/^Protocole contre le trafic/);
	});

	it('UN_LANGUAGES are the six interface languages, in the same order', () => {
		expect([...UN_LANGUAGES]).toEqual([...LOCALES]);
	});
});
