/**
 * Rules that span records and files: unique ids, references that must resolve, dates in order and
 * inside the span the data covers, and the treaty-law facts every row must respect (a Party to a
 * Protocol is a Party to the Convention; a signature falls inside the signature window).
 */
import { spanEnd, spanStart } from './calendarDate';
import type { Dataset } from './dataset';
import { shown, type Problem } from './problems';

/** The span of history the dataset covers: events 1975–2024; treaty actions run on into 2025. */
export const COVERAGE = { from: '1975-01-01', eventsTo: '2024-12-31', to: '2025-12-31' } as const;

/**
 * The key of every record in the files, valid or not, that references are checked against; null when
 * the file itself could not be read, so that nothing referring into it is reported (its one problem
 * is the file's).
 */
export interface RecordKeys {
	events: Set<string> | null;
	instruments: Set<string> | null;
	participants: Set<string> | null;
	/** The session number of every record in cop-sessions.json, in file order. */
	copSessions: string[] | null;
}

export function checkIntegrity(d: Dataset, keys: RecordKeys): Problem[] {
	return [
		...checkEvents(d),
		...checkCopSessions(d, keys),
		...checkInstruments(d, keys),
		...checkParticipants(d),
		...checkAliases(d, keys),
		...checkInstrumentTitles(d, keys),
		...checkTreatyActions(d, keys),
		...checkPublishedCounts(d),
		...checkStatePositions(d, keys),
		...checkTours(d, keys)
	];
}

function duplicates<T>(rows: T[], key: (r: T) => string): Set<string> {
	const seen = new Set<string>();
	const dup = new Set<string>();
	for (const r of rows) (seen.has(key(r)) ? dup : seen).add(key(r));
	return dup;
}

/** The records whose key an earlier record has: a JSON record is named by its key, so only these. */
function repeats<T>(rows: T[], key: (r: T) => string): Set<T> {
	const seen = new Set<string>();
	return new Set(
		rows.filter((r) => {
			const k = key(r);
			if (seen.has(k)) return true;
			seen.add(k);
			return false;
		})
	);
}

function checkEvents(d: Dataset): Problem[] {
	const file = 'events.json';
	const out: Problem[] = [];
	const dup = repeats(d.events, (e) => e.id);
	for (const e of d.events) {
		const p = (field: string, message: string) => out.push({ file, record: e.id, field, message });
		if (dup.has(e)) p('id', 'is used by more than one event');
		if (!isForm(e.date, e.precision))
			p('date', `must be written at its precision (${e.precision})`);
		if (e.endDate !== null && spanEnd(e.endDate) < spanStart(e.date))
			p('endDate', 'is before date');
		if (spanStart(e.date) < COVERAGE.from || spanEnd(e.date) > COVERAGE.eventsTo) {
			p('date', `is outside the span the events cover (${COVERAGE.from} to ${COVERAGE.eventsTo})`);
		}
		if (new Set(e.instruments).size !== e.instruments.length)
			p('instruments', 'lists an instrument twice');
	}
	return out;
}

function isForm(date: string, precision: 'day' | 'month' | 'year'): boolean {
	return { day: 10, month: 7, year: 4 }[precision] === date.length;
}

function checkCopSessions(d: Dataset, keys: RecordKeys): Problem[] {
	const file = 'cop-sessions.json';
	const out: Problem[] = [];
	const events = new Map(d.events.map((e) => [e.id, e]));
	const dup = duplicates(d.copSessions, (s) => String(s.session));
	const repeated = repeats(d.copSessions, (s) => String(s.session));
	for (const s of d.copSessions) {
		const p = (field: string, message: string) =>
			out.push({ file, record: `session ${s.session}`, field, message });
		if (repeated.has(s)) p('session', 'is used by more than one session');
		if (s.endDate < s.startDate) p('endDate', 'is before startDate');
		if (s.startDate < '2004-01-01' || s.endDate > COVERAGE.eventsTo)
			p('startDate', `is outside 2004 to ${COVERAGE.eventsTo}`);
		if (s.eventId !== null && keys.events !== null) {
			const e = events.get(s.eventId);
			if (!keys.events.has(s.eventId))
				p('eventId', `refers to an event that does not exist: ${shown(s.eventId)}`);
			else if (e && e.category !== 'cop')
				p('eventId', `refers to an event of category ${e.category}, not cop`);
		}
		if ((s.presidingGroup === null) !== (s.presidingGroupBasis === null)) {
			p('presidingGroupBasis', 'must be given exactly when presidingGroup is');
		}
	}
	// The order is checked on every record, valid or not, and only where it breaks: a session left
	// out is one problem, not one for every session after it.
	let previous = 0;
	for (const raw of keys.copSessions ?? []) {
		const n = Number(raw);
		if (!/^\d+$/.test(raw) || dup.has(raw)) {
			previous++;
			continue;
		}
		if (n !== previous + 1) {
			out.push({
				file,
				record: `session ${n}`,
				field: 'session',
				message:
					previous === 0
						? 'the first session listed must be session 1'
						: `follows session ${previous}; sessions are listed 1, 2, 3, … with none left out or repeated`
			});
		}
		previous = n;
	}
	return out;
}

function checkInstruments(d: Dataset, keys: RecordKeys): Problem[] {
	const file = 'instruments.json';
	const out: Problem[] = [];
	const ids = keys.instruments ?? new Set<string>();
	const dup = repeats(d.instruments, (i) => i.id);
	for (const i of d.instruments) {
		const p = (field: string, message: string) => out.push({ file, record: i.id, field, message });
		if (dup.has(i)) p('id', 'is used by more than one instrument');
		if (i.parent !== null && !ids.has(i.parent))
			p('parent', `refers to a missing instrument: ${shown(i.parent)}`);
		if (i.parent === i.id) p('parent', 'cannot be the instrument itself');
		if (i.untcMtdsgNo !== i.untcChapter) p('untcMtdsgNo', 'differs from untcChapter');
		if (!i.untcStatusUrl.includes(`mtdsg_no=${i.untcMtdsgNo}&`))
			p('untcStatusUrl', `is not the status page of ${i.untcMtdsgNo}`);
		if (i.signature.openFrom < i.adoption.date) p('signature.openFrom', 'is before adoption.date');
		if (i.signature.closedOn !== null && i.signature.closedOn < i.signature.openFrom) {
			p('signature.closedOn', 'is before signature.openFrom');
		}
		if (i.entryIntoForce.date <= i.adoption.date)
			p('entryIntoForce.date', 'is not after adoption.date');
		const t = i.entryIntoForce.thresholdDepositDate;
		if (t !== null && t > i.entryIntoForce.date)
			p('entryIntoForce.thresholdDepositDate', 'is after entryIntoForce.date');
	}
	// An instrument is missing only if every record has an id: one without is reported already.
	if (ids.size > 0 && !ids.has('')) {
		for (const id of ['UNTOC', 'TIP', 'SOM', 'FIR'] as const) {
			if (!ids.has(id))
				out.push({ file, record: id, field: 'id', message: 'instrument is missing' });
		}
	}
	return out;
}

function checkParticipants(d: Dataset): Problem[] {
	const dup = duplicates(d.participants, (p) => p.iso3);
	return d.participants.flatMap((p) => {
		const record = `line ${p.line} (${p.iso3})`;
		const out: Problem[] = [];
		if (dup.has(p.iso3))
			out.push({
				file: 'participants.csv',
				record,
				field: 'iso3',
				message: 'is used by more than one participant'
			});
		if (p.kind === 'state' && p.m49 === null)
			out.push({
				file: 'participants.csv',
				record,
				field: 'm49',
				message: 'a State needs its M49 code'
			});
		return out;
	});
}

/**
 * An alias names a participant that exists, once; it is not the participant's own name or code (which
 * the search finds already) nor another participant's name; an alpha-2 code is two capital letters.
 */
function checkAliases(d: Dataset, keys: RecordKeys): Problem[] {
	const file = 'participant-aliases.csv';
	const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
	const own = new Map<string, string>();
	for (const p of d.participants) {
		own.set(fold(p.name), p.iso3);
		own.set(fold(p.iso3), p.iso3);
	}
	const dup = repeats(d.participantAliases, (a) => `${a.participant} ${fold(a.alias)}`);
	const out: Problem[] = [];
	for (const a of d.participantAliases) {
		const p = (field: string, message: string) =>
			out.push({
				file,
				record: `line ${a.line} (${a.participant} ${shown(a.alias, 40)})`,
				field,
				message
			});
		if (keys.participants && !keys.participants.has(a.participant))
			p('participant', `refers to a missing participant: ${shown(a.participant)}`);
		if (dup.has(a)) p('alias', 'is listed more than once for this participant');
		const taken = own.get(fold(a.alias));
		if (taken === a.participant) p('alias', "is the participant's own name or code");
		else if (taken !== undefined)
			p('alias', `is the name or code of another participant (${taken})`);
		if (a.kind === 'alpha-2' && !/^[A-Z]{2}$/.test(a.alias))
			p('alias', 'an alpha-2 code is two capital letters, like IT');
	}
	return out;
}

/**
 * A title names an instrument that exists, once per language; every instrument has its English title,
 * the one the app falls back to, and it is the instrument's own name in instruments.json (one truth).
 * The language and the source of every row the row schema already requires.
 */
function checkInstrumentTitles(d: Dataset, keys: RecordKeys): Problem[] {
	const file = 'instrument-titles.csv';
	const dup = repeats(d.instrumentTitles, (t) => `${t.instrument} ${t.lang}`);
	const names = new Map(d.instruments.map((i) => [i.id, i.name]));
	// A record of instruments.json that is invalid is named by its place (#2), not its id, so while one
	// is there a reference cannot be told missing from broken; that record is reported once, by itself.
	const ids =
		keys.instruments && keys.instruments.size === d.instruments.length ? keys.instruments : null;
	const out: Problem[] = [];
	for (const t of d.instrumentTitles) {
		const p = (field: string, message: string) =>
			out.push({ file, record: `line ${t.line} (${t.instrument} ${t.lang})`, field, message });
		if (ids && !ids.has(t.instrument))
			p('instrument', `refers to a missing instrument: ${shown(t.instrument)}`);
		if (dup.has(t)) p('lang', 'this instrument has more than one title in this language');
		const name = names.get(t.instrument);
		if (t.lang === 'en' && name !== undefined && t.title !== name)
			p('title', `is not the instrument's name in instruments.json: ${shown(name)}`);
	}
	if (ids === null) return out;
	for (const i of d.instruments)
		if (!d.instrumentTitles.some((t) => t.instrument === i.id && t.lang === 'en'))
			out.push({
				file,
				record: i.id,
				field: 'lang',
				message: 'has no English title, which the app falls back to'
			});
	return out;
}

function checkTreatyActions(d: Dataset, keys: RecordKeys): Problem[] {
	const file = 'treaty-actions.csv';
	const out: Problem[] = [];
	const participants = keys.participants;
	const instruments = new Map(d.instruments.map((i) => [i.id, i]));
	const dup = duplicates(d.treatyActions, (a) => `${a.participant} ${a.instrument}`);
	for (const a of d.treatyActions) {
		const p = (field: string, message: string) =>
			out.push({
				file,
				record: `line ${a.line} (${a.participant} ${a.instrument})`,
				field,
				message
			});
		const inst = instruments.get(a.instrument);
		const isParty = a.consentDate !== null || a.dateEarliest !== null;
		if (participants !== null && !participants.has(a.participant))
			p('participant', `is not in participants.csv: ${shown(a.participant)}`);
		if (dup.has(`${a.participant} ${a.instrument}`))
			p('instrument', 'this participant has more than one row for this instrument');
		if (a.signatureDate === null && !isParty)
			p('signature_date', 'a row needs a signature, a consent date or a date window');
		if (a.consentDate !== null && (a.dateEarliest !== null || a.dateLatest !== null)) {
			p('date_earliest', 'a window is only for a Party whose consent date is unknown');
		}
		if (a.dateLatest !== null && a.dateEarliest === null)
			p('date_earliest', 'a window needs its earliest date');
		if (a.dateEarliest !== null && a.dateLatest !== null && a.dateLatest < a.dateEarliest)
			p('date_latest', 'is before date_earliest');
		if (a.consentKind !== null && a.consentDate === null && a.dateEarliest === null) {
			p('consent_date', 'a consent kind needs a consent date or a date window');
		}
		if (a.signatureDate !== null && a.consentDate !== null && a.consentDate < a.signatureDate) {
			p('consent_date', 'is before signature_date');
		}
		if (a.consentDate !== null && a.consentDate > COVERAGE.to)
			p('consent_date', 'is after the span the data covers');
		if (inst) {
			if (
				a.signatureDate !== null &&
				(a.signatureDate < inst.signature.openFrom ||
					(inst.signature.closedOn !== null && a.signatureDate > inst.signature.closedOn))
			) {
				p(
					'signature_date',
					`is outside the signature window of ${inst.id} (${inst.signature.openFrom} to ${inst.signature.closedOn ?? 'open'})`
				);
			}
			if (a.consentDate !== null && a.consentDate < inst.adoption.date) {
				p('consent_date', `is before ${inst.id} was adopted (${inst.adoption.date})`);
			}
			// The depositary's record is every row's primary source; what the row was read from is its provenance.
			if (a.sourceUrl !== inst.untcStatusUrl)
				p(
					'source_url',
					`must be the UN Treaty Collection status page of ${inst.id}: ${inst.untcStatusUrl}`
				);
		}
	}
	return out;
}

/** A position is for a State in participants.csv, once; the EU is not a State and is never drawn. */
function checkStatePositions(d: Dataset, keys: RecordKeys): Problem[] {
	const dup = duplicates(d.statePositions, (s) => s.iso3);
	const kind = new Map(d.participants.map((p) => [p.iso3, p.kind]));
	return d.statePositions.flatMap((s) => {
		const record = `line ${s.line} (${s.iso3})`;
		const out: Problem[] = [];
		const p = (field: string, message: string) =>
			out.push({ file: 'state-positions.csv', record, field, message });
		if (dup.has(s.iso3)) p('iso3', 'has more than one position');
		if (keys.participants !== null && !keys.participants.has(s.iso3))
			p('iso3', `is not in participants.csv: ${shown(s.iso3)}`);
		else if (kind.has(s.iso3) && kind.get(s.iso3) !== 'state')
			p('iso3', 'is not a State: only States are drawn on the map');
		return out;
	});
}

function checkPublishedCounts(d: Dataset): Problem[] {
	const dup = duplicates(d.publishedCounts, (c) => `${c.instrument} ${c.date} ${c.count}`);
	return d.publishedCounts.flatMap((c) =>
		dup.has(`${c.instrument} ${c.date} ${c.count}`)
			? [
					{
						file: 'published-counts.csv',
						record: `line ${c.line} (${c.instrument} ${c.date})`,
						field: 'date',
						message: 'the same count is listed twice'
					}
				]
			: []
	);
}

function checkTours(d: Dataset, { events }: RecordKeys): Problem[] {
	if (events === null) return [];
	return d.tours.flatMap((t) =>
		t.stops.flatMap((stop, i) => {
			const record = `${t.id} stop ${i + 1}`;
			const out: Problem[] = [];
			for (const id of stop.events) {
				if (!events.has(id)) {
					out.push({
						file: `tours/${t.id}.json`,
						record,
						field: 'events',
						message: `refers to an event that does not exist: ${shown(id)}`
					});
				}
			}
			const event = new URLSearchParams(stop.query).get('event');
			if (event !== null && !events.has(event)) {
				out.push({
					file: `tours/${t.id}.json`,
					record,
					field: 'query',
					message: `event=${shown(event)} does not exist`
				});
			}
			return out;
		})
	);
}
