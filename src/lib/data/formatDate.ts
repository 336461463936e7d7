/**
 * Dates written the way the record knows them, at its precision: "1994", "November 1994", "21 November
 * 1994", and ranges "21–23 November 1994", "28 June – 8 July 2004". The names and order come from the
 * platform (Intl.DateTimeFormat, always in UTC, so never the reader's time zone), in the language asked
 * for: the interface's, unless a caller names one. English keeps the project's own compact ranges.
 */
import { lang } from '$lib/i18n/i18n.svelte';
import { INTL_TAG, type Locale } from '$lib/i18n/locales';
import { precisionOf, type Precision } from './calendarDate';

/** The English month names, from the platform. */
const MONTHS = Array.from({ length: 12 }, (_, i) =>
	new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(2000, i, 1))
	)
);

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
	year: { year: 'numeric' },
	month: { year: 'numeric', month: 'long' },
	day: { year: 'numeric', month: 'long', day: 'numeric' }
};
const formats = new Map<string, Intl.DateTimeFormat>();
function intlFormat(locale: Locale, precision: Precision): Intl.DateTimeFormat {
	const key = `${locale}|${precision}`;
	let f = formats.get(key);
	if (!f)
		formats.set(
			key,
			(f = new Intl.DateTimeFormat(INTL_TAG[locale], { ...OPTIONS[precision], timeZone: 'UTC' }))
		);
	return f;
}
const asUtc = (date: string) =>
	new Date(
		`${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date}T00:00:00Z`
	);

interface Parts {
	y: string;
	m?: string;
	d?: number;
}

function parts(date: string): Parts {
	const [y = '', m, d] = date.split('-');
	return { y, m: m ? MONTHS[Number(m) - 1] : undefined, d: d ? Number(d) : undefined };
}

function one(p: Parts): string {
	return [p.d, p.m, p.y].filter((x) => x !== undefined).join(' ');
}

/** formatDate(date, locale) writes a YYYY, YYYY-MM or YYYY-MM-DD date at its own precision. */
export function formatDate(date: string, locale: Locale = lang()): string {
	const precision = precisionOf(date);
	if (precision === null) return date;
	if (locale !== 'en') return intlFormat(locale, precision).format(asUtc(date));
	return one(parts(date));
}

/** formatDateRange(start, end, locale) writes a span compactly, sharing the month and year where it can. */
export function formatDateRange(
	start: string,
	end: string | null,
	locale: Locale = lang()
): string {
	if (end === null || end === start) return formatDate(start, locale);
	const pa = precisionOf(start);
	if (locale !== 'en' && pa !== null && pa === precisionOf(end))
		return intlFormat(locale, pa).formatRange(asUtc(start), asUtc(end));
	if (locale !== 'en') return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
	const a = parts(start);
	const b = parts(end);
	const sameShape =
		(a.d === undefined) === (b.d === undefined) && (a.m === undefined) === (b.m === undefined);
	if (sameShape && a.y === b.y) {
		if (a.m === b.m && a.d !== undefined) return `${a.d}–${b.d} ${a.m} ${a.y}`;
		if (a.d !== undefined) return `${a.d} ${a.m} – ${b.d} ${b.m} ${a.y}`;
		if (a.m !== undefined) return `${a.m}–${b.m} ${a.y}`;
	}
	const sep = a.m === undefined && b.m === undefined ? '–' : ' – ';
	return `${one(a)}${sep}${one(b)}`;
}

/** A month named in full or by its first three letters, any case ("jan", "January", "Sept"). */
function monthNumber(word: string): number | null {
	const w = word.toLowerCase().replace(/\.$/, '');
	if (w.length < 3) return null;
	const i = MONTHS.findIndex((m) => m.toLowerCase().startsWith(w.slice(0, 3)));
	return i !== -1 && MONTHS[i]?.toLowerCase().startsWith(w) ? i + 1 : w === 'sept' ? 9 : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * parseDateInput(text) reads a day as a person types it, whatever the browser's locale: the app's own
 * way ("1 January 1975", "1 Jan 1975"), ISO ("1975-01-01"), or month first ("January 1, 1975"). Day
 * and month as numbers alone ("01/02/1975") are refused: they mean different days in different
 * countries. Gives a YYYY-MM-DD calendar date or a reason it is not one.
 */
export function parseDateInput(text: string): { date: string } | { reason: string } {
	const s = text.trim().replace(/\s+/g, ' ').replace(/,/g, '');
	if (s === '') return { reason: 'Enter a date, like 1 January 2000' };
	let y: number, m: number | null, d: number;
	let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
	if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	else if ((match = /^(\d{1,2}) ([\p{L}.]+) (\d{4})$/u.exec(s)))
		[d, m, y] = [Number(match[1]), monthNumber(match[2] ?? ''), Number(match[3])];
	else if ((match = /^([\p{L}.]+) (\d{1,2}) (\d{4})$/u.exec(s)))
		[m, d, y] = [monthNumber(match[1] ?? ''), Number(match[2]), Number(match[3])];
	else if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(s))
		return { reason: 'Write the month as a word (1 February 2000) or the date as 2000-02-01' };
	else return { reason: 'Not a date: write it like 1 January 2000 or 2000-01-01' };
	if (m === null || m < 1 || m > 12) return { reason: 'Not a month: write it like January or Jan' };
	const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
	const check = new Date(`${iso}T00:00:00Z`);
	if (Number.isNaN(check.getTime()) || check.getUTCDate() !== d)
		return { reason: `${formatDate(`${iso.slice(0, 7)}`)} has no day ${d}` };
	return { date: iso };
}
