import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '$lib/data/formatDate';
import { LOCALES, readLang, dirOf } from './locales';
import { grammar } from './plural';

/** The platform's thin and no-break spaces, as plain ones, for comparing. */
const plain = (s: string) => s.replace(/[\u00a0\u2009\u202f]/g, ' ');

describe('readLang', () => {
	it('reads each of the six languages, forgiving case and blanks', () => {
		for (const l of LOCALES) expect(readLang(new URLSearchParams(`lang=${l}`)).locale).toBe(l);
		expect(readLang(new URLSearchParams('lang=%20FR%20'))).toEqual({ locale: 'fr', ignored: [] });
		expect(readLang(new URLSearchParams('from=2000'))).toEqual({ locale: 'en', ignored: [] });
		expect(readLang(new URLSearchParams('lang='))).toEqual({ locale: 'en', ignored: [] });
	});
	it('reports a language it does not speak, and a repeated one, and keeps the first good one', () => {
		expect(readLang(new URLSearchParams('lang=de'))).toEqual({
			locale: 'en',
			ignored: [{ param: 'lang', value: 'de', reason: 'not one of ar, zh, en, fr, ru, es' }]
		});
		const twice = readLang(new URLSearchParams('lang=ar&lang=fr'));
		expect(twice.locale).toBe('ar');
		expect(twice.ignored).toEqual([{ param: 'lang', value: 'fr', reason: 'repeated parameter' }]);
	});
	it('writes Arabic right to left and the others left to right', () => {
		expect(LOCALES.filter((l) => dirOf(l) === 'rtl')).toEqual(['ar']);
	});
});

describe('dates in each language, from the platform, at the record’s precision', () => {
	it('keeps English as the project has always written it', () => {
		expect(formatDate('2006-09-01', 'en')).toBe('1 September 2006');
		expect(formatDateRange('1994-11-21', '1994-11-23', 'en')).toBe('21–23 November 1994');
	});
	it('names the months in the language', () => {
		expect(formatDate('2006-09-01', 'fr')).toBe('1 septembre 2006');
		expect(formatDate('1994-11', 'es')).toBe('noviembre de 1994');
		expect(formatDate('2006-09-01', 'ru')).toBe('1 сентября 2006 г.');
		expect(formatDate('2006-09-01', 'zh')).toBe('2006年9月1日');
		expect(formatDate('2006-09-01', 'ar')).toBe('1 سبتمبر 2006');
		expect(formatDate('2003', 'fr')).toBe('2003');
		// Never the reader's time zone: the first of a month stays the first (TZ is Los Angeles here).
		expect(formatDate('2000-01-01', 'fr')).toBe('1 janvier 2000');
	});
	it('writes ranges the language’s way', () => {
		expect(formatDateRange('1994-11-21', '1994-11-23', 'fr')).toBe('21–23 novembre 1994');
		expect(plain(formatDateRange('2004-06-28', '2004-07-08', 'es'))).toBe(
			'28 de junio – 8 de julio de 2004'
		);
	});
});

describe('grammar', () => {
	it('chooses the language’s plural form and writes its numbers', () => {
		const ru = grammar('ru');
		const forms = {
			one: '# государство',
			few: '# государства',
			many: '# государств',
			other: '# государства'
		};
		expect([1, 3, 5, 21].map((n) => ru.plural(n, forms))).toEqual([
			'1 государство',
			'3 государства',
			'5 государств',
			'21 государство'
		]);
		expect(plain(grammar('fr').n(12345))).toBe('12 345');
	});
});

describe('Chinese ranges', () => {
	it('write both dates with their month words, joined by 至', () => {
		expect(formatDateRange('1994-01-01', '2006-12-31', 'zh')).toBe('1994年1月1日至2006年12月31日');
		expect(formatDateRange('1994-11', '1995-02', 'zh')).toBe('1994年11月至1995年2月');
	});
});
