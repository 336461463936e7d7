/**
 * Dates written the way the record knows them, at its precision: "1994", "November 1994", "21 November
 * 1994", and ranges "21–23 November 1994", "28 June – 8 July 2004". The names and order come from the
 * platform (Intl.DateTimeFormat, always in UTC, so never the reader's time zone), in the language asked
 * for: the interface's, unless a caller names one. English keeps the project's own compact ranges.
 */
import { lang, m as messages } from '$lib/i18n/i18n.svelte';
import { INTL_TAG, type Locale } from '$lib/i18n/locales';
import { precisionOf, type Precision } from './calendarDate';

/** The English month names, from the platform (one formatter: making one is what costs). */
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const MONTHS = Array.from({ length: 12 }, (_, i) =>
	monthName.format(new Date(Date.UTC(2000, i, 1)))
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
	// Chinese: the platform's range is all digits (1994/1/1 – 2006/12/31); write both dates in words,
	// joined by 至 ("to") as Chinese writes a span.
	if (locale === 'zh') return `${formatDate(start, locale)}至${formatDate(end, locale)}`;
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

/** A word folded for matching: no accents or other marks (é, й, أ), lower case, no final full stop. */
const fold = (word: string, tag: string) =>
	word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(tag).replace(/\.$/, '');

interface MonthWords {
	/** Every form the platform writes (long and short, in a date and standing alone), folded. */
	exact: Map<string, number>;
	/** The long forms, for a typed beginning ("sept", "févr"). */
	long: [string, number][];
}
const monthWords = new Map<Locale, MonthWords>();
/** The month names of a language, from Intl.DateTimeFormat: none of our own. */
function monthsOf(locale: Locale): MonthWords {
	let w = monthWords.get(locale);
	if (w) return w;
	const tag = INTL_TAG[locale];
	const forms = (options: Intl.DateTimeFormatOptions, inDate: boolean) => {
		const f = new Intl.DateTimeFormat(tag, {
			...options,
			...(inDate ? { day: 'numeric' } : {}),
			timeZone: 'UTC'
		});
		return Array.from({ length: 12 }, (_, i) => {
			const parts = f.formatToParts(new Date(Date.UTC(2000, i, 1)));
			return parts.find((p) => p.type === 'month')?.value ?? '';
		});
	};
	w = { exact: new Map(), long: [] };
	for (const [month, inDate] of [
		['long', true],
		['long', false],
		['short', true],
		['short', false]
	] as const) {
		forms({ month }, inDate).forEach((name, i) => {
			// Chinese writes months as numbers ("9月"), read as such by the parser.
			if (name === '' || /\d/.test(name)) return;
			const key = fold(name, tag);
			if (!w!.exact.has(key)) w!.exact.set(key, i + 1);
			if (month === 'long') w!.long.push([key, i + 1]);
		});
	}
	monthWords.set(locale, w);
	return w;
}

/**
 * A month named in full, in a short form, or by its first three letters or more, any case and with
 * or without accents, in the language or in English: "jan", "January", "Sept"; "févr", "septembre";
 * "сентября", "сент."; "سبتمبر". A beginning that fits two months ("jui") is not one.
 */
function monthNumber(word: string, locale: Locale): number | null {
	const tables = locale === 'en' ? [monthsOf('en')] : [monthsOf(locale), monthsOf('en')];
	const w = fold(word, INTL_TAG[locale]);
	for (const t of tables) {
		const exact = t.exact.get(w);
		if (exact !== undefined) return exact;
	}
	if ([...w].length < 3) return null;
	const fits = new Set(
		tables.flatMap((t) => t.long.filter(([k]) => k.startsWith(w)).map(([, i]) => i))
	);
	return fits.size === 1 ? [...fits][0]! : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Digits of the Arabic and Persian scripts and full-width digits, as ASCII ones. */
const asciiDigits = (s: string) =>
	s.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (c) => {
		const code = c.codePointAt(0)!;
		return String(code - (code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660));
	});

/** Words a language writes around a date's parts, dropped before reading it. */
const FILLER: Partial<Record<Locale, RegExp>> = {
	es: /^(de|del)$/i,
	fr: /^le$/i,
	ru: /^(г\.?|года?)$/iu
};

/**
 * parseDateInput(text, locale) reads a day as a person types it, whatever the browser's locale: the
 * app's own way in the language ("1 January 1975", "1 Jan 1975"; "1 septembre 2006", "1 de septiembre
 * de 2006", "1 сентября 2006 г.", "1 سبتمبر 2006", "2006年9月1日"), English month names in any language,
 * ISO ("1975-01-01"), or month first ("January 1, 1975"). Day and month as numbers alone
 * ("01/02/1975") are refused: they mean different days in different countries. Gives a YYYY-MM-DD
 * calendar date or a reason it is not one, in the language.
 */
export function parseDateInput(
	text: string,
	locale: Locale = lang()
): { date: string } | { reason: string } {
	const t = messages.chart;
	const example = formatDate('2000-01-01', locale);
	const filler = FILLER[locale];
	const s = asciiDigits(text.normalize('NFC'))
		.replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '')
		.replace(/[,،，]/g, '')
		.trim()
		.split(/\s+/)
		.map((w) => (locale === 'fr' && /^1er$/i.test(w) ? '1' : w))
		.map((w) => (locale === 'ru' ? w.replace(/^(\d{4})г\.?$/u, '$1') : w))
		.filter((w) => !filler?.test(w))
		.join(' ');
	if (s === '') return { reason: t.enterDate(example) };
	let y: number, m: number | null, d: number;
	let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
	if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	else if ((match = /^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日?$/u.exec(s)))
		[y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	else if ((match = /^(\d{4}) ?年 ?([^\d\s]+月) ?(\d{1,2}) ?日?$/u.exec(s)))
		[y, m, d] = [Number(match[1]), monthNumber(match[2] ?? '', locale), Number(match[3])];
	else if ((match = /^(\d{1,2}) ([\p{L}\p{M}.]+) (\d{4})$/u.exec(s)))
		[d, m, y] = [Number(match[1]), monthNumber(match[2] ?? '', locale), Number(match[3])];
	else if ((match = /^([\p{L}\p{M}.]+) (\d{1,2}) (\d{4})$/u.exec(s)))
		[m, d, y] = [monthNumber(match[1] ?? '', locale), Number(match[2]), Number(match[3])];
	else if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(s))
		return { reason: t.monthAsWord(formatDate('2000-02-01', locale), '2000-02-01') };
	else return { reason: t.notADate(example, '2000-01-01') };
	if (m === null || m < 1 || m > 12) {
		const [long, short] = (['long', 'short'] as const).map((month) =>
			new Intl.DateTimeFormat(INTL_TAG[locale], { month, timeZone: 'UTC' }).format(
				new Date(Date.UTC(2000, 0, 1))
			)
		);
		return { reason: t.notAMonth(long!, short!) };
	}
	const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
	const check = new Date(`${iso}T00:00:00Z`);
	if (Number.isNaN(check.getTime()) || check.getUTCDate() !== d)
		return { reason: t.noSuchDay(formatDate(iso.slice(0, 7), locale), d) };
	return { date: iso };
}
