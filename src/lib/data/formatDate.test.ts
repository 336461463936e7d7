import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from './formatDate';

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
