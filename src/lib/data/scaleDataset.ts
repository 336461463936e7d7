/**
 * A dataset n times the size of a real one, for benchmarks: n copies of every event, participant,
 * treaty action and COP session, each copy's dates moved by a seeded offset of up to ±180 days so the
 * copies do not stack on the same days. Dates stay where the app expects them (events inside the
 * timeline's span, treaty actions between an instrument's opening for signature and the end of the
 * data) and keep their written form, so scaled data looks like real data to every view. The same
 * dataset, n and seed always give the same result.
 */
import {
	dayNumber,
	fromDayNumber,
	precisionOf,
	spanEnd,
	spanStart,
	type IsoDate
} from './calendarDate';
import type { Dataset } from './dataset';
import type { TreatyAction } from './rowSchemas';
import type { CopSession, InstrumentId, TimelineEvent } from './schema';
import { seededRandom as random } from './seededRandom';

const MAX_SHIFT = 180;
/** The timeline's span (TIMELINE_SPAN in $lib/state/filters, which data/ may not import). */
const EVENTS_FROM = dayNumber('1975-01-01');
const EVENTS_TO = dayNumber('2024-12-31');
/** The last day a treaty action may fall on: the end of the as-of span. */
const ACTIONS_TO = dayNumber('2025-12-31');

const clamp = (day: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, day));

/**
 * A partial date moved by `shift` days and clamped to [lo, hi], written in its own form again. A
 * month or year moves with the middle of the span it means, so it moves as often forwards as back.
 */
function shiftPartial(date: string, shift: number, lo: number, hi: number): string {
	const precision = precisionOf(date);
	const start = dayNumber(spanStart(date));
	const mid = Math.floor((start + dayNumber(spanEnd(date))) / 2);
	const moved = fromDayNumber(clamp(mid + shift, lo, hi));
	return precision === 'year'
		? moved.slice(0, 4)
		: precision === 'month'
			? moved.slice(0, 7)
			: moved;
}

const shiftDay = (date: IsoDate, shift: number, lo: number, hi: number): IsoDate =>
	fromDayNumber(clamp(dayNumber(date) + shift, lo, hi));

function copyEvent(e: TimelineEvent, k: number, shift: number): TimelineEvent {
	const move = (d: string) => shiftPartial(d, shift, EVENTS_FROM, EVENTS_TO);
	return { ...e, id: `${e.id}-${k}`, date: move(e.date), endDate: e.endDate && move(e.endDate) };
}

function copySession(s: CopSession, k: number, count: number, shift: number): CopSession {
	const move = (d: IsoDate) => shiftDay(d, shift, EVENTS_FROM, EVENTS_TO);
	return {
		...s,
		session: s.session + (k - 1) * count,
		eventId: s.eventId && `${s.eventId}-${k}`,
		startDate: move(s.startDate),
		endDate: move(s.endDate)
	};
}

/**
 * A treaty action moved with its participant's shift. Every date moves alike and is clamped to the
 * same bounds (the signature also to the day signature closed), so signature before deposit and
 * earliest before latest stay in order.
 */
function copyAction(
	a: TreatyAction,
	k: number,
	shift: number,
	opens: number,
	closes: number | null
): TreatyAction {
	const move = (d: IsoDate | null, hi = ACTIONS_TO) => d && shiftDay(d, shift, opens, hi);
	return {
		...a,
		participant: `${a.participant}${k}`,
		signatureDate: move(a.signatureDate, closes ?? ACTIONS_TO),
		consentDate: move(a.consentDate),
		dateEarliest: move(a.dateEarliest),
		dateLatest: move(a.dateLatest)
	};
}

/**
 * scaleDataset(d, n, seed): n copies (k = 1..n) of d's events (ids suffixed `-k`), participants
 * (codes suffixed `k`: ITA → ITA1 … ITAn, unique as long as no code of d holds a digit, which the CSV
 * schema's three letters ensure), treaty actions and COP sessions (numbered on, 1 to n × the sessions
 * of d), every copy's dates shifted. Instruments and published counts are d's own.
 */
export function scaleDataset(d: Dataset, n: number, seed = 1): Dataset {
	const rnd = random(seed);
	const shift = () => Math.round((rnd() * 2 - 1) * MAX_SHIFT);
	const window = new Map<InstrumentId, [number, number | null]>(
		d.instruments.map((i) => [
			i.id,
			[
				dayNumber(i.signature.openFrom),
				i.signature.closedOn === null ? null : dayNumber(i.signature.closedOn)
			]
		])
	);
	const out: Dataset = { ...d, events: [], participants: [], treatyActions: [], copSessions: [] };
	for (let k = 1; k <= n; k++) {
		// A session keeps its event's dates, so the timeline and the sessions table agree.
		const eventShift = new Map<string, number>();
		for (const e of d.events) {
			const s = shift();
			eventShift.set(e.id, s);
			out.events.push(copyEvent(e, k, s));
		}
		for (const s of d.copSessions) {
			const own = shift();
			const moved = copySession(s, k, d.copSessions.length, eventShift.get(s.eventId ?? '') ?? own);
			out.copSessions.push(moved);
		}
		const participantShift = new Map<string, number>();
		for (const p of d.participants) {
			participantShift.set(p.iso3, shift());
			out.participants.push({ ...p, iso3: `${p.iso3}${k}` });
		}
		for (const a of d.treatyActions) {
			const [opens, closes] = window.get(a.instrument) ?? [dayNumber('2000-11-15'), null];
			const s = participantShift.get(a.participant) ?? 0;
			out.treatyActions.push(copyAction(a, k, s, opens, closes));
		}
	}
	return out;
}
