/**
 * A participant's own steps towards the instruments — each signature and each deposit of consent, with
 * its date — as the growth chart and the timeline mark them when that participant is selected.
 */
import { DAY_MS, dayNumber } from './calendarDate';
import { m, participantName } from '$lib/i18n/i18n.svelte';
import { formatDate } from './formatDate';
import type { StatusIndex } from './legalStatus';
import type { InstrumentId } from './schema';

export interface PartyAction {
	id: InstrumentId;
	kind: 'signature' | 'deposit';
	/** ms since 1970, UTC. */
	t: number;
	/** What it was, in words, in the interface's language: "Italy signs the Convention, 12 December 2000". */
	label: string;
}

/**
 * partyActions(index, participant, names): the participant's signatures and deposits in file order
 * (instrument by instrument, signature first); undated deposits have no date to mark and are left out.
 * The names are the dataset's (English); another language names the instrument from its catalogue.
 */
export function partyActions(
	index: StatusIndex,
	participant: { iso3: string; name: string },
	names: ReadonlyMap<InstrumentId, string>
): PartyAction[] {
	const out: PartyAction[] = [];
	const who = participantName(participant);
	for (const r of index.records) {
		if (r.participant !== participant.iso3) continue;
		const name = names.get(r.instrument) ?? r.instrument;
		for (const [kind, date] of [
			['signature', r.signature],
			['deposit', r.deposit]
		] as const) {
			if (date === null) continue;
			const instrument = { id: r.instrument, shortName: name };
			const say = kind === 'signature' ? m.map.actionSigns : m.map.actionJoins;
			out.push({
				id: r.instrument,
				kind,
				t: dayNumber(date) * DAY_MS,
				label: say(who, instrument, formatDate(date))
			});
		}
	}
	return out;
}
