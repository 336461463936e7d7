/**
 * Where each participant stands towards each instrument on a date, from its rule in
 * data/instruments.json (UNTOC art. 38, TIP art. 17, SOM art. 22, FIR art. 18) and its row in
 * data/treaty-actions.csv. A Party whose deposit date is unknown is never given one: its status is
 * 'unknown' while the date falls inside its window, and certain only once the window has passed.
 */
import { addDays, type IsoDate } from './calendarDate';
import type { Dataset } from './dataset';
import type { TreatyAction } from './rowSchemas';
import { INSTRUMENT_IDS, type ConsentKind, type Instrument, type InstrumentId } from './schema';

export type Status = 'not-signatory' | 'signed' | 'deposited' | 'in-force' | 'unknown';

/**
 * What the participants table's status filter can ask for: a status, or "party" for any of the three
 * a Party can have (consent deposited, in force or not, dated or not).
 */
export const STATUS_FILTERS = [
	'party',
	'in-force',
	'deposited',
	'unknown',
	'signed',
	'not-signatory'
] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** statusMatches(filter, s): does status s answer the filter? */
export function statusMatches(filter: StatusFilter, s: Status): boolean {
	if (filter === 'party') return s === 'deposited' || s === 'in-force' || s === 'unknown';
	return s === filter;
}

/** One participant × instrument: a treaty-actions row with the legal dates worked out. */
export interface PartyRecord {
	participant: string;
	instrument: InstrumentId;
	signature: IsoDate | null;
	/** Consent deposited (null when unknown or none). */
	deposit: IsoDate | null;
	consentKind: ConsentKind | null;
	/** For a Party whose deposit date is unknown: the window it lies in (latest null: no known end). */
	window: { earliest: IsoDate; latest: IsoDate | null } | null;
	/** The day the instrument entered into force for it, when its deposit date is known. */
	inForce: IsoDate | null;
	/** For an undated Party: the first day it is certainly in force (null: window without end). */
	inForceCertainFrom: IsoDate | null;
	action: TreatyAction;
}

export interface StatusIndex {
	/** Every treaty-actions row, in file order. */
	records: PartyRecord[];
	/** Keyed `${participant} ${instrument}`. */
	byKey: Map<string, PartyRecord>;
	/** By participant, then instrument: what recordOf reads, without making a key per look-up. */
	byParticipant: Map<string, Map<InstrumentId, PartyRecord>>;
	/** The recorded general entry into force of each instrument (instruments.json). */
	entryIntoForce: Record<InstrumentId, IsoDate>;
}

/**
 * inForceFor(instrument, deposit): the day an instrument enters into force for a Party that deposited
 * on that day. Paragraph 1 of each rule: a deposit up to the threshold waits for the general entry into
 * force. Paragraph 2: a later one takes the rule's days, and for a Protocol never comes before the
 * Protocol's own date ("whichever is the later"). The Convention's paragraph 2 has no such clause, but
 * no instrument can be in force for a Party before it is in force at all, so the same floor applies
 * (in the data it moves only Costa Rica's UNTOC date, deposit 24 Jul 2003, from 23 Aug to 29 Sep 2003).
 */
export function inForceFor(instrument: Instrument, deposit: IsoDate): IsoDate {
	const { date, thresholdDepositDate } = instrument.entryIntoForce;
	const rule = instrument.entryIntoForceRule;
	const threshold = thresholdDepositDate ?? addDays(date, -rule.daysAfterThresholdDeposit);
	if (deposit <= threshold) return date;
	const later = addDays(deposit, rule.daysAfterLaterDeposit);
	return later > date ? later : date;
}

/**
 * buildStatusIndex(d) works out the legal dates of every treaty-actions row once. A regional economic
 * integration organization needs no case of its own: whether its deposit counts toward the threshold
 * only decided the recorded dates, and for its own entry into force it follows the per-Party rule.
 */
export function buildStatusIndex(
	d: Pick<Dataset, 'instruments' | 'treatyActions' | 'participants'>
): StatusIndex {
	const byId = new Map(d.instruments.map((i) => [i.id, i]));
	const instrumentOf = (id: InstrumentId): Instrument => {
		const instrument = byId.get(id);
		if (!instrument) throw new Error(`buildStatusIndex: instrument ${id} is missing`);
		return instrument;
	};
	const entryIntoForce = {} as Record<InstrumentId, IsoDate>;
	for (const id of INSTRUMENT_IDS) entryIntoForce[id] = instrumentOf(id).entryIntoForce.date;
	const records = d.treatyActions.map((a) => partyRecord(a, instrumentOf(a.instrument)));
	const byKey = new Map<string, PartyRecord>();
	const byParticipant = new Map<string, Map<InstrumentId, PartyRecord>>();
	for (const r of records) {
		const key = `${r.participant} ${r.instrument}`;
		if (byKey.has(key)) continue;
		byKey.set(key, r);
		let own = byParticipant.get(r.participant);
		if (!own) byParticipant.set(r.participant, (own = new Map()));
		own.set(r.instrument, r);
	}
	return { records, byKey, byParticipant, entryIntoForce };
}

/**
 * recordOf(index, participant, instrument): the participant's row for the instrument, if any (the
 * same as byKey, looked up without a key string: the filters ask it of every participant).
 */
export function recordOf(
	index: StatusIndex,
	participant: string,
	instrument: InstrumentId
): PartyRecord | undefined {
	return index.byParticipant.get(participant)?.get(instrument);
}

function partyRecord(a: TreatyAction, instrument: Instrument): PartyRecord {
	const window =
		a.consentDate === null && a.dateEarliest !== null
			? { earliest: a.dateEarliest, latest: a.dateLatest }
			: null;
	return {
		participant: a.participant,
		instrument: a.instrument,
		signature: a.signatureDate,
		deposit: a.consentDate,
		consentKind: a.consentKind,
		window,
		inForce: a.consentDate === null ? null : inForceFor(instrument, a.consentDate),
		// inForceFor never decreases with the deposit date, so the window's last day gives the last
		// day the instrument can have entered into force for the Party.
		inForceCertainFrom: window?.latest ? inForceFor(instrument, window.latest) : null,
		action: a
	};
}

/** statusOf(r, date): where a participant stands on a date; 'unknown' inside an undated window. */
export function statusOf(r: PartyRecord | undefined, date: IsoDate): Status {
	if (!r) return 'not-signatory';
	const before = r.signature !== null && r.signature <= date ? 'signed' : 'not-signatory';
	if (r.deposit !== null) {
		if (date < r.deposit) return before;
		return r.inForce !== null && r.inForce <= date ? 'in-force' : 'deposited';
	}
	if (r.window === null || date < r.window.earliest) return before;
	if (r.window.latest === null || date < r.window.latest) return 'unknown';
	return r.inForceCertainFrom !== null && r.inForceCertainFrom <= date ? 'in-force' : 'deposited';
}

/** statusOn(index, participant, instrument, date): statusOf for a participant's row, if any. */
export function statusOn(
	index: StatusIndex,
	participant: string,
	instrument: InstrumentId,
	date: IsoDate
): Status {
	return statusOf(recordOf(index, participant, instrument), date);
}
