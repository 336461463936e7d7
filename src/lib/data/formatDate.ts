/**
 * Dates written the way the record knows them: "1994", "November 1994", "21 November 1994", and
 * ranges "21–23 November 1994", "28 June – 8 July 2004". Month names are spelled here rather than by
 * Intl so that output never depends on the reader's locale or time zone.
 */
import { precisionOf } from './calendarDate';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

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

/** formatDate(date) writes a YYYY, YYYY-MM or YYYY-MM-DD date at its own precision. */
export function formatDate(date: string): string {
	if (precisionOf(date) === null) return date;
	return one(parts(date));
}

/** formatDateRange(start, end) writes a span compactly, sharing the month and year where it can. */
export function formatDateRange(start: string, end: string | null): string {
	if (end === null || end === start) return formatDate(start);
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
