/**
 * The as-of readout in words, for an exported figure: "As of 1 January 2010 (Parties): Convention 147 ·
 * Trafficking 117". A figure exported with an as-of date set says what each instrument stood at on it,
 * since the file cannot show the readout the page shows. In the interface's language.
 */
import type { IsoDate } from '$lib/data/calendarDate';
import { formatDate } from '$lib/data/formatDate';
import type { InstrumentId, Measure } from '$lib/data/schema';
import type { Counts } from '$lib/data/statusCounts';
import { m } from '$lib/i18n/i18n.svelte';

/** asOfLine(date, counts, shown, measure): each shown instrument's count on the as-of date. */
export function asOfLine(
	date: IsoDate,
	counts: Counts,
	shown: readonly InstrumentId[],
	measure: Measure
): string {
	const t = m.exports;
	const values = shown.map((id) => t.asOfValue(t.instrument[id], counts[id][measure]));
	return t.asOf(formatDate(date), t.measure[measure], values.join(' · ') || t.noInstruments);
}
