import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import { LOCALES } from '$lib/i18n/locales';
import { formatDate, formatDateRange, parseDateInput } from './formatDate';

describe('formatDate', () => {
	it.each([
		['1994', '1994'],
		['1994-11', 'November 1994'],
		['1994-11-21', '21 November 1994'],
		['2000-02-29', '29 February 2000'],
		['1975-01-01', '1 January 1975'],
		['not a date', 'not a date']
	])('formatDate(%j) is %j', (d, out) => expect(formatDate(d)).toBe(out));
});

describe('formatDateRange', () => {
	it.each([
		['1994-11-21', '1994-11-23', '21–23 November 1994'],
		['2004-06-28', '2004-07-08', '28 June – 8 July 2004'],
		['2000-12-31', '2001-01-02', '31 December 2000 – 2 January 2001'],
		['1999-01', '1999-03', 'January–March 1999'],
		['1999-11', '2000-01', 'November 1999 – January 2000'],
		['1999', '2004', '1999–2004'],
		['2003-09-29', null, '29 September 2003'],
		['2003-09-29', '2003-09-29', '29 September 2003']
	])('formatDateRange(%j, %j) is %j', (a, b, out) => expect(formatDateRange(a, b)).toBe(out));
});

describe('parseDateInput', () => {
	it.each([
		['1 January 1975', '1975-01-01'],
		['  1   january 1975 ', '1975-01-01'],
		['1 Jan 1975', '1975-01-01'],
		['3 Sept 2001', '2001-09-03'],
		['1975-01-01', '1975-01-01'],
		['2004-2-9', '2004-02-09'],
		['January 1, 1975', '1975-01-01'],
		['29 February 2024', '2024-02-29']
	])('parseDateInput(%j) reads %s whatever the locale', (text, iso) => {
		expect(parseDateInput(text)).toEqual({ date: iso });
	});
	it.each([
		['', 'Enter a date'],
		['30 February 2024', 'February 2024 has no day 30'],
		['2023-02-29', 'February 2023 has no day 29'],
		['01/02/1975', 'month as a word'],
		['1 Smarch 2000', 'Not a month'],
		['soon', 'Not a date'],
		['1 Ja 2000', 'Not a month']
	])('parseDateInput(%j) refuses it and says why', (text, why) => {
		const r = parseDateInput(text);
		expect('reason' in r && r.reason).toContain(why);
	});
});

describe('parseDateInput in the interface’s language', () => {
	afterEach(() => setLang('en'));
	it.each([
		['fr', '1 septembre 2006', '2006-09-01'],
		['fr', '1er Septembre 2006', '2006-09-01'],
		['fr', '3 févr. 2004', '2004-02-03'],
		['fr', '3 fevrier 2004', '2004-02-03'],
		['fr', '14 juil 2010', '2010-07-14'],
		['fr', '1 September 2006', '2006-09-01'],
		['ru', '1 сентября 2006', '2006-09-01'],
		['ru', '1 сентября 2006 г.', '2006-09-01'],
		['ru', '29 февраля 2000 года', '2000-02-29'],
		['ru', '9 мая 1945г.', '1945-05-09'],
		['ru', '1 СЕНТ. 2006', '2006-09-01'],
		['zh', '2006年9月1日', '2006-09-01'],
		['zh', '2006 年 9 月 1 日', '2006-09-01'],
		['zh', '2006年九月1日', '2006-09-01'],
		['es', '1 de septiembre de 2006', '2006-09-01'],
		['es', '1 sept 2006', '2006-09-01'],
		['es', '31 Dic 1999', '1999-12-31'],
		['ar', '1 سبتمبر 2006', '2006-09-01'],
		['ar', '١ سبتمبر ٢٠٠٦', '2006-09-01'],
		['ar', '\u200f21 مايو 2024', '2024-05-21'],
		['ar', '3 ابريل 2001', '2001-04-03']
	] as const)('parseDateInput(%s: %j) reads %s', async (l, text, iso) => {
		await setLang(l);
		expect(parseDateInput(text)).toEqual({ date: iso });
	});
	it('parseDateInput(text) reads back what formatDate writes, in every language', () => {
		const days = [
			'1975-01-01',
			'2000-02-29',
			'2006-09-01',
			'1999-12-31',
			'2024-05-21',
			'1945-11-15'
		];
		for (const l of LOCALES)
			for (const d of days) expect(parseDateInput(formatDate(d, l), l)).toEqual({ date: d });
	});
	it('parseDateInput(text) refuses a beginning that fits two months ("jui": juin, juillet)', async () => {
		await setLang('fr');
		expect(parseDateInput('1 jui 2006')).toEqual({
			reason: 'Mois inconnu : écrivez-le comme janvier ou janv.'
		});
		expect(parseDateInput('1 juil 2006')).toEqual({ date: '2006-07-01' });
	});
	it('parseDateInput(text) leaves English as it was: no French or Russian names there', () => {
		expect(parseDateInput('1 septembre 2006')).toEqual({
			reason: 'Not a month: write it like January or Jan'
		});
		expect(parseDateInput('1 сентября 2006')).toHaveProperty('reason');
	});
	it('parseDateInput(text) gives its reasons in the interface’s language, examples included', async () => {
		await setLang('fr');
		expect(parseDateInput('')).toEqual({
			reason: 'Saisissez une date, par exemple 1 janvier 2000'
		});
		expect(parseDateInput('30 février 2024')).toEqual({
			reason: 'février 2024 ne compte pas de jour 30'
		});
		await setLang('es');
		expect(parseDateInput('01/02/1975')).toEqual({
			reason: 'Escriba el mes con letras (1 de febrero de 2000) o la fecha como 2000-02-01'
		});
		await setLang('zh');
		expect(parseDateInput('2023年2月29日')).toEqual({ reason: '2023年2月没有29日' });
	});
});
