/**
 * Axis ticks that adapt to the zoom: decades when the whole half-century shows, then years, months and
 * days, choosing the finest step that keeps labels a readable distance apart. The granularity is part
 * of the result so the view (and its tests) can say which one is showing.
 */
import { utcDay, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { DAY_MS } from './calendarDate';

export type Granularity = 'decade' | 'year' | 'month' | 'day';

interface Step {
	granularity: Granularity;
	interval: TimeInterval;
	days: number;
	format: (d: Date) => string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const year = (d: Date) => String(d.getUTCFullYear());
const month = (d: Date) =>
	d.getUTCMonth() === 0 ? `${MONTHS[0]} ${year(d)}` : (MONTHS[d.getUTCMonth()] as string);
const day = (d: Date) =>
	d.getUTCDate() === 1 ? `${d.getUTCDate()} ${month(d)}` : String(d.getUTCDate());

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

/** timeTicks(from, to, width, minSpacing) picks the finest step with labels at least minSpacing px apart. */
export function timeTicks(from: Date, to: Date, width: number, minSpacing = 64): Ticks {
	const spanDays = (to.getTime() - from.getTime()) / DAY_MS;
	const pxPerDay = width / Math.max(spanDays, 1e-9);
	const step =
		STEPS.find((s) => s.days * pxPerDay >= minSpacing) ?? (STEPS[STEPS.length - 1] as Step);
	return {
		granularity: step.granularity,
		ticks: step.interval.range(from, new Date(to.getTime() + 1)).map((date) => ({
			date,
			label: step.format(date)
		}))
	};
}
