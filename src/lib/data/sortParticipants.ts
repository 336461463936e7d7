/**
 * The order of the participants table: by name, regional group, region, or an instrument's consent
 * date. Names sort with a collator, so "Côte d'Ivoire" sits among the Cs; missing values (no group, no
 * consent) always sort last, whichever the direction; ties fall back to the name.
 */
import type { StatusIndex } from './legalStatus';
import type { Participant } from './rowSchemas';
import type { InstrumentId } from './schema';
import type { SortDirection } from './sortEvents';

export type ParticipantSortKey = 'name' | 'group' | 'region' | InstrumentId;

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** sortParticipants(rows, key, direction, index): a new array in that order. */
export function sortParticipants(
	rows: readonly Participant[],
	key: ParticipantSortKey,
	direction: SortDirection,
	index: StatusIndex
): Participant[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const value = (p: Participant): string | null => {
		if (key === 'name') return p.name;
		if (key === 'group') return p.group;
		if (key === 'region') return p.region;
		const r = index.byKey.get(`${p.iso3} ${key}`);
		return r?.deposit ?? r?.window?.earliest ?? null;
	};
	return [...rows].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		if (x === null || y === null) {
			if (x !== y) return x === null ? 1 : -1;
		} else {
			const c = collator.compare(x, y);
			if (c !== 0) return sign * c;
		}
		return collator.compare(a.name, b.name);
	});
}
