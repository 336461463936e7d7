/**
 * What the world map says of each State: its status towards one instrument on a date, read by the same
 * engine as the participants table (legalStatus.ts, labels from statusText.ts), the tally of States per
 * status for the legend, and the status as a phrase for each State's accessible name ("Party, in force
 * since 1 September 2006"). Only States are on the map; the European Union, a Party but not a State, is
 * left to a note beside it.
 */
import type { IsoDate } from './calendarDate';
import { m } from '$lib/i18n/i18n.svelte';
import { formatDate } from './formatDate';
import { recordOf, statusOf, type PartyRecord, type Status, type StatusIndex } from './legalStatus';
import type { Participant } from './rowSchemas';
import type { InstrumentId } from './schema';

/** The statuses in the order the map's legend lists them: most bound first. */
export const MAP_STATUSES: readonly Status[] = [
	'in-force',
	'deposited',
	'unknown',
	'signed',
	'not-signatory'
];

/** Is a status one of a Party's (consent deposited, in force or not yet)? */
export const isParty = (s: Status) => s === 'deposited' || s === 'in-force';

/**
 * stateStatuses(participants, index, instrument, date): each State's status on the date, keyed by its
 * ISO alpha-3 code, in the participants' order. Organizations (the EU) are left out.
 */
export function stateStatuses(
	participants: readonly Pick<Participant, 'iso3' | 'kind'>[],
	index: StatusIndex,
	instrument: InstrumentId,
	date: IsoDate
): Map<string, Status> {
	const out = new Map<string, Status>();
	for (const p of participants) {
		if (p.kind !== 'state') continue;
		out.set(p.iso3, statusOf(recordOf(index, p.iso3, instrument), date));
	}
	return out;
}

/** statusTally(statuses): how many States have each status (every status present, 0 if none). */
export function statusTally(statuses: ReadonlyMap<string, Status>): Record<Status, number> {
	const tally = Object.fromEntries(MAP_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
	for (const s of statuses.values()) tally[s] += 1;
	return tally;
}

/** The window an undated Party joined in, as words: "became a Party between … and …". */
const joined = (w: NonNullable<PartyRecord['window']>) =>
	m.map.becameParty(formatDate(w.earliest), w.latest ? formatDate(w.latest) : null);

/**
 * statusPhrase(record, date): the status on the date as a phrase that says when, as far as the record
 * knows: "Party, in force since 1 September 2006", "Signed 12 December 2000, not a Party", in the
 * interface's language. A Party whose date of joining is unknown is given its window, never a date.
 */
export function statusPhrase(r: PartyRecord | undefined, date: IsoDate): string {
	const s = statusOf(r, date);
	const t = m.map;
	if (!r || s === 'not-signatory') return t.phraseNotSignatory;
	if (s === 'signed') return t.phraseSigned(formatDate(r.signature ?? date));
	if (s === 'unknown') return t.phraseUnknown(joined(r.window!));
	if (r.deposit !== null) {
		if (s === 'in-force') return t.phraseInForce(formatDate(r.inForce!));
		return t.phraseDeposited(formatDate(r.deposit), formatDate(r.inForce!));
	}
	// An undated Party whose whole window has passed.
	if (s === 'in-force')
		return t.phraseInForceBy(formatDate(r.inForceCertainFrom!), joined(r.window!));
	return t.phraseDepositedBy(
		joined(r.window!),
		r.inForceCertainFrom ? formatDate(r.inForceCertainFrom) : null
	);
}
