import { describe, expect, it } from 'vitest';
import {
	addDays,
	dayNumber,
	msToWindow,
	windowToMs,
	fromDayNumber,
	isCalendarDate,
	isPartialDate,
	precisionOf,
	spanEnd,
	spanStart
} from './calendarDate';

describe('isCalendarDate', () => {
	it.each([
		['2000-02-29', true],
		['1900-02-29', false],
		['2024-02-29', true],
		['2023-02-29', false],
		['1975-12-31', true],
		['1975-13-01', false],
		['1975-00-10', false],
		['1975-04-31', false],
		['1975-4-1', false],
		['', false],
		['2003-09-29T00:00:00Z', false]
	])('isCalendarDate(%j) is %s', (s, ok) => expect(isCalendarDate(s)).toBe(ok));
});

describe('isPartialDate and precisionOf', () => {
	it('isPartialDate(s, precision) accepts only the form its precision asks for', () => {
		expect(isPartialDate('1994-11', 'month')).toBe(true);
		expect(isPartialDate('1994-11-01', 'month')).toBe(false);
		expect(isPartialDate('1994', 'year')).toBe(true);
		expect(isPartialDate('1994-13', 'month')).toBe(false);
	});
	it('precisionOf(s) reads the precision from the form', () => {
		expect(precisionOf('1994')).toBe('year');
		expect(precisionOf('1994-11')).toBe('month');
		expect(precisionOf('1994-11-21')).toBe('day');
		expect(precisionOf('November 1994')).toBeNull();
	});
});

describe('day arithmetic', () => {
	it('dayNumber and fromDayNumber round-trip before and after 1970', () => {
		for (const d of ['1969-12-31', '1970-01-01', '1975-09-01', '2000-02-29', '2024-12-31']) {
			expect(fromDayNumber(dayNumber(d))).toBe(d);
		}
		expect(dayNumber('1969-12-31')).toBe(-1);
	});
	it('addDays(iso, n) crosses month, leap-day and year ends', () => {
		expect(addDays('2003-07-01', 90)).toBe('2003-09-29');
		expect(addDays('2004-02-28', 1)).toBe('2004-02-29');
		expect(addDays('2003-12-31', 1)).toBe('2004-01-01');
		expect(addDays('2005-03-04', 30)).toBe('2005-04-03');
	});
	it('spanStart and spanEnd give the first and last day of a partial date', () => {
		expect(spanStart('1994-11')).toBe('1994-11-01');
		expect(spanEnd('1994-11')).toBe('1994-11-30');
		expect(spanEnd('2000-02')).toBe('2000-02-29');
		expect(spanEnd('1900-02')).toBe('1900-02-28');
		expect(spanEnd('1996')).toBe('1996-12-31');
		expect(spanStart('1996')).toBe('1996-01-01');
	});
});

describe('windowToMs and msToWindow', () => {
	it.each([
		['1975-01-01', '2024-12-31'],
		['2000-02-29', '2000-02-29'],
		['1969-12-31', '1970-01-01'],
		['2023-12-31', '2024-01-01']
	])('msToWindow(windowToMs(%s – %s)) gives the window back', (from, to) => {
		expect(msToWindow(windowToMs({ from, to }))).toEqual({ from, to });
	});
	it('windowToMs({ from, to }) ends at the midnight after `to`', () => {
		const [a, b] = windowToMs({ from: '2000-02-28', to: '2000-02-29' });
		expect(new Date(a).toISOString()).toBe('2000-02-28T00:00:00.000Z');
		expect(new Date(b).toISOString()).toBe('2000-03-01T00:00:00.000Z');
	});
	it('msToWindow(d) of a span inside one day is that day', () => {
		const t = Date.UTC(2004, 5, 28, 6);
		expect(msToWindow([t, t + 3_600_000])).toEqual({ from: '2004-06-28', to: '2004-06-28' });
	});
});
