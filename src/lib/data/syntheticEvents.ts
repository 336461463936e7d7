/**
 * Synthetic events for benchmarks and layout tests: n events spread over 1975–2024 with a seeded
 * pseudo-random generator (the same n always gives the same events), in every category, with some
 * multi-day bars and some month- or year-precision dates, like the real data but at any scale.
 */
import { fromDayNumber, dayNumber } from './calendarDate';
import { CATEGORY_IDS, INSTRUMENT_IDS, type TimelineEvent } from './schema';
import { seededRandom as random } from './seededRandom';

const FIRST = dayNumber('1975-01-01');
const LAST = dayNumber('2024-12-31');

/** syntheticEvents(n, seed): n made-up events, sorted by date. */
export function syntheticEvents(n: number, seed = 1): TimelineEvent[] {
	const rnd = random(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
	const out: TimelineEvent[] = [];
	for (let i = 0; i < n; i++) {
		const day = FIRST + Math.floor(rnd() * (LAST - FIRST - 20));
		const iso = fromDayNumber(day);
		const r = rnd();
		const precision = r < 0.05 ? 'year' : r < 0.15 ? 'month' : 'day';
		const date =
			precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
		const bar = precision === 'day' && rnd() < 0.15;
		out.push({
			id: `synthetic-${i}`,
			date,
			precision,
			endDate: bar ? fromDayNumber(day + 1 + Math.floor(rnd() * 13)) : null,
			title: `Synthetic event ${i + 1}: ${pick(['meeting', 'resolution', 'session', 'report', 'conference'])} in ${pick(['Vienna', 'New York', 'Geneva', 'Palermo', 'Bangkok'])}`,
			description: 'A made-up event for benchmarks.',
			category: pick(CATEGORY_IDS),
			location: null,
			instruments: rnd() < 0.5 ? [pick(INSTRUMENT_IDS)] : [],
			sources: [{ title: 'Synthetic', publication: 'Generated for benchmarks' }],
			notes: null
		});
	}
	return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
