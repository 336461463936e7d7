/**
 * Calendar dates as the data knows them: ISO strings ("2003-09-29", "1994-11", "1994"), with arithmetic
 * done on UTC day numbers so that no local time zone can ever shift a date.
 */

export type Precision = 'day' | 'month' | 'year';

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** The length of a UTC day in milliseconds: the one place it is written. */
export const DAY_MS = 86_400_000;
const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** isCalendarDate(s) is true for a real YYYY-MM-DD date (no 30 February, no month 13). */
export function isCalendarDate(s: string): boolean {
	const m = FULL.exec(s);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = new Date(Date.UTC(y, mo - 1, d));
	return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** isPartialDate(s, precision) is true when s is written in the form its precision asks for. */
export function isPartialDate(s: string, precision: Precision): boolean {
	if (precision === 'day') return isCalendarDate(s);
	if (precision === 'month') {
		const m = MONTH.exec(s);
		return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
	}
	return YEAR.test(s);
}

/** The precision a partial date is written at, or null if it is not a date. */
export function precisionOf(s: string): Precision | null {
	if (isCalendarDate(s)) return 'day';
	if (isPartialDate(s, 'month')) return 'month';
	if (isPartialDate(s, 'year')) return 'year';
	return null;
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(iso: IsoDate): number {
	const m = FULL.exec(iso);
	if (!m) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
	return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The ISO date of a day number. */
export function fromDayNumber(n: number): IsoDate {
	return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** addDays(iso, n): the date n days after iso (n may be negative). */
export function addDays(iso: IsoDate, n: number): IsoDate {
	return fromDayNumber(dayNumber(iso) + n);
}

/*
 * spanStart and spanEnd run for every record on every filter change, on dates the data check (or the
 * parser of an address) validated already, so they tell the precision by the length alone and do not
 * validate again (issue 15: the regex was an eighth of a window change at 100× the data).
 */

/** The first day a partial date can mean: "1994-11" → "1994-11-01". */
export function spanStart(s: string): IsoDate {
	if (s.length === 10) return s;
	if (s.length === 7) return `${s}-01`;
	return `${s}-01-01`;
}

/** The last day a partial date can mean: "1994-11" → "1994-11-30", "1994" → "1994-12-31". */
export function spanEnd(s: string): IsoDate {
	if (s.length === 10) return s;
	if (s.length === 7) {
		const next = Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)), 1);
		return fromDayNumber(next / DAY_MS - 1);
	}
	return `${s}-12-31`;
}

/** A UTC Date at midnight of an ISO date, for d3's utc scales. */
export function toUtcDate(iso: IsoDate): Date {
	return new Date(dayNumber(iso) * DAY_MS);
}

/** windowToMs(w): an inclusive window of calendar days as ms since 1970, end exclusive. */
export function windowToMs(w: { from: IsoDate; to: IsoDate }): [number, number] {
	return [dayNumber(w.from) * DAY_MS, (dayNumber(w.to) + 1) * DAY_MS];
}

/**
 * msToWindow(d): the whole calendar days a span of ms (end exclusive) touches, inclusive. A span that
 * a zoom computed lands a hair off midnight; within a millisecond counts as on it, so converting a
 * window to ms and back never moves it by a day.
 */
export function msToWindow(d: readonly [number, number]): { from: IsoDate; to: IsoDate } {
	const from = Math.floor((d[0] + 1) / DAY_MS);
	return {
		from: fromDayNumber(from),
		to: fromDayNumber(Math.max(from, Math.ceil((d[1] - 1) / DAY_MS) - 1))
	};
}
