import { describe, expect, it } from 'vitest';
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
