/**
 * Axis ticks that adapt to the zoom: decades when the whole half-century shows, then years, months and
 * days, choosing the finest step that keeps labels a readable distance apart. The granularity is part
 * of the result so the view (and its tests) can say which one is showing. Labels come from the
 * platform (Intl) in the interface's language: no month names of our own.
 */
import { utcDay, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { lang } from '$lib/i18n/i18n.svelte';
import { INTL_TAG, type Locale } from '$lib/i18n/locales';
import { DAY_MS } from './calendarDate';

export type Granularity = 'decade' | 'year' | 'month' | 'day';

interface Step {
	granularity: Granularity;
	interval: TimeInterval;
	days: number;
	format: (d: Date, locale: Locale) => string;
}

/** Which parts a label names: the year alone, a month (with its year at January), a day (with its month on the 1st). */
type Parts = { day?: true; month?: true; year?: true };

const formats = new Map<string, Intl.DateTimeFormat>();
function intlFormat(tag: string, parts: Parts): Intl.DateTimeFormat {
	const key = `${tag}|${Object.keys(parts).join()}`;
	let f = formats.get(key);
	if (!f) {
		const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
		if (parts.day) options.day = 'numeric';
		if (parts.month) options.month = 'short';
		if (parts.year) options.year = 'numeric';
		formats.set(key, (f = new Intl.DateTimeFormat(tag, options)));
	}
	return f;
}

/**
 * A tick's label in the language: the platform's own order and month names. English keeps the axis
 * as it has always read ("1 Jan 2000", "Sep"): day, month, year in that order, with the platform's
 * `en` short month names (en-GB would write "Sept").
 */
function label(d: Date, parts: Parts, locale: Locale): string {
	if (locale !== 'en') return intlFormat(INTL_TAG[locale], parts).format(d);
	return [
		parts.day && String(d.getUTCDate()),
		parts.month && intlFormat('en', { month: true }).format(d),
		parts.year && String(d.getUTCFullYear())
	]
		.filter(Boolean)
		.join(' ');
}

const jan = (d: Date) => d.getUTCMonth() === 0;
const year = (d: Date, l: Locale) => label(d, { year: true }, l);
const month = (d: Date, l: Locale) =>
	label(d, jan(d) ? { month: true, year: true } : { month: true }, l);
const day = (d: Date, l: Locale) =>
	label(
		d,
		d.getUTCDate() !== 1
			? { day: true }
			: jan(d)
				? { day: true, month: true, year: true }
				: { day: true, month: true },
		l
	);

const every = (i: CountableTimeInterval, n: number) => (n === 1 ? i : (i.every(n) as TimeInterval));

const STEPS: Step[] = [
	{ granularity: 'day', interval: utcDay, days: 1, format: day },
	{ granularity: 'day', interval: every(utcDay, 2), days: 2, format: day },
	{
		granularity: 'day',
		interval: utcDay.filter((d) => [1, 8, 15, 22].includes(d.getUTCDate())),
		days: 7,
		format: day
	},
	{ granularity: 'month', interval: utcMonth, days: 30.4, format: month },
	{ granularity: 'month', interval: every(utcMonth, 3), days: 91, format: month },
	{ granularity: 'month', interval: every(utcMonth, 6), days: 182, format: month },
	{ granularity: 'year', interval: utcYear, days: 365.25, format: year },
	{ granularity: 'year', interval: every(utcYear, 2), days: 730.5, format: year },
	{ granularity: 'year', interval: every(utcYear, 5), days: 1826, format: year },
	{ granularity: 'decade', interval: every(utcYear, 10), days: 3652, format: year }
];

export interface Ticks {
	granularity: Granularity;
	ticks: { date: Date; label: string }[];
}

/**
 * timeTicks(from, to, width, minSpacing, locale) picks the finest step with labels at least minSpacing
 * px apart, labelled in the locale (the interface's language unless named).
 */
export function timeTicks(
	from: Date,
	to: Date,
	width: number,
	minSpacing = 64,
	locale: Locale = lang()
): Ticks {
	const spanDays = (to.getTime() - from.getTime()) / DAY_MS;
	const pxPerDay = width / Math.max(spanDays, 1e-9);
	const step =
		STEPS.find((s) => s.days * pxPerDay >= minSpacing) ?? (STEPS[STEPS.length - 1] as Step);
	return {
		granularity: step.granularity,
		ticks: step.interval.range(from, new Date(to.getTime() + 1)).map((date) => ({
			date,
			label: step.format(date, locale)
		}))
	};
}
