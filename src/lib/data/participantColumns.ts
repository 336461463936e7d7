/**
 * The columns of the participants table: name, regional group, region, then one per instrument shown,
 * sorting by its consent date. A Party whose deposit date is unknown sorts by the first day of its
 * window; one with no consent (or no group, no region) is not known and sorts last. Ties fall back to
 * the name. Names are the interface language's (participantName), in its order (collator); the
 * headers are read when the columns are made, so a table makes them in a $derived to follow a switch.
 */
import { m, participantName } from '$lib/i18n/i18n.svelte';
import { dayNumber } from './calendarDate';
import { groupLabel } from './categoryLabel';
import { recordOf, type StatusIndex } from './legalStatus';
import type { Participant } from './rowSchemas';
import type { Instrument } from './schema';
import { compareText, type Column } from './sortRows';

/** participantColumns(index, instruments): the columns, with one per instrument in that order. */
export function participantColumns(
	index: StatusIndex,
	instruments: readonly Pick<Instrument, 'id' | 'shortName'>[]
): Column<Participant>[] {
	return [
		{ key: 'name', label: m.tables.colParticipant, value: (p) => participantName(p) },
		{
			key: 'group',
			label: m.tables.colGroup,
			value: (p) => (p.group ? groupLabel(p.group) : null)
		},
		{ key: 'region', label: m.tables.colRegion, value: (p) => p.region },
		...instruments.map((i): Column<Participant> => ({
			key: i.id,
			label: m.frame.instrumentShort[i.id],
			value: (p) => {
				const r = recordOf(index, p.iso3, i.id);
				const day = r?.deposit ?? r?.window?.earliest ?? null;
				return day === null ? null : dayNumber(day);
			}
		}))
	];
}

/** byName(a, b): the table collation on the names shown, the tiebreak of every participants column. */
export function byName(a: Participant, b: Participant): number {
	return compareText(participantName(a), participantName(b));
}
