/**
 * The world map's own words, shown on the page and carried by its exports: its title with the date,
 * the EU's line, the UN's disclaimer, the geometry's source and the label of the areas with no State,
 * in the interface's language, read at each call. Apart from mapExport.ts (the export's text and
 * CSV), which loads only when an export is made.
 */
import type { IsoDate } from '$lib/data/calendarDate';
import { formatDate } from '$lib/data/formatDate';
import type { StatusIndex } from '$lib/data/legalStatus';
import { statusPhrase } from '$lib/data/mapStatus';
import type { Instrument } from '$lib/data/schema';
import { m } from '$lib/i18n/i18n.svelte';
import enMap from '$lib/i18n/messages/map/en';

/** The UN's disclaimer for maps, in the figure and in every export of it, in the current language. */
export const mapDisclaimer = (): string => m.map.disclaimer;

/** Where the map's shapes and dots come from. */
export const mapGeometrySource = (): string => m.map.geometrySource;

/** The label of the areas that are no State in the data. */
export const otherAreasLabel = (): string => m.map.otherAreas;

/** The disclaimer's English wording, the UN's own (mapDisclaimer() gives the current language's). */
export const MAP_DISCLAIMER: string = enMap.disclaimer;

/** mapTitle(instrument, date): the map's title, which states its date (the one date it shows). */
export const mapTitle = (instrument: Pick<Instrument, 'id' | 'shortName'>, date: IsoDate) =>
	m.map.exportTitle(instrument, formatDate(date));

/** euNote(index, instrument, date): the line about the EU, a Party but not a State. */
export function euNote(index: StatusIndex, instrument: Instrument, date: IsoDate): string {
	return m.map.euNote(statusPhrase(index.byKey.get(`EUU ${instrument.id}`), date));
}
