/**
 * The world map's own words, shown on the page and carried by its exports: its title with the date,
 * the EU's line, the UN's disclaimer, the geometry's source and the label of the areas with no State.
 * Apart from mapExport.ts (the export's text and CSV), which loads only when an export is made.
 */
import type { IsoDate } from '$lib/data/calendarDate';
import { formatDate } from '$lib/data/formatDate';
import type { StatusIndex } from '$lib/data/legalStatus';
import { statusPhrase } from '$lib/data/mapStatus';
import type { Instrument } from '$lib/data/schema';

/** The UN's disclaimer for maps, in the figure and in every export of it. */
export const MAP_DISCLAIMER =
	'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.';

/** Where the map's shapes and dots come from. */
export const MAP_GEOMETRY_SOURCE =
	'Boundaries: Natural Earth 1:110m Admin 0 countries (public domain), via world-atlas 2.0.2; States the atlas does not draw are dots at the centroid of their largest Natural Earth 1:10m polygon (data/state-positions.csv). Areas in grey with no status are not States in the dataset.';

/** The label of the areas that are no State in the data. */
export const OTHER_AREAS_LABEL = 'Other areas (no State in the data)';

/** mapTitle(instrument, date): the map's title, which states its date (the one date it shows). */
export const mapTitle = (instrument: Pick<Instrument, 'shortName'>, date: IsoDate) =>
	`Who was bound by the ${instrument.shortName}: every State on ${formatDate(date)}`;

/** euNote(index, instrument, date): the line about the EU, a Party but not a State. */
export function euNote(index: StatusIndex, instrument: Instrument, date: IsoDate): string {
	const r = index.byKey.get(`EUU ${instrument.id}`);
	return `European Union (a Party to some instruments, not a State, so not on the map): ${statusPhrase(r, date)}.`;
}
