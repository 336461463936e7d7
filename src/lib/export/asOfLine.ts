/**
 * The as-of readout in words, for an exported figure: "As of 1 January 2010 (Parties): Convention 147 ·
 * Trafficking 117". A figure exported with an as-of date set says what each instrument stood at on it,
 * since the file cannot show the readout the page shows.
 */
import type { IsoDate } from '$lib/data/calendarDate';
import { formatDate } from '$lib/data/formatDate';
import type { InstrumentId, Measure } from '$lib/data/schema';
import { MEASURE_LABEL, type Counts } from '$lib/data/statusCounts';
import { INSTRUMENT_STYLE } from '$lib/charts/instrumentStyle';

/** asOfLine(date, counts, shown, measure): each shown instrument's count on the as-of date. */
export function asOfLine(
	date: IsoDate,
	counts: Counts,
	shown: readonly InstrumentId[],
	measure: Measure
): string {
	const values = shown.map((id) => `${INSTRUMENT_STYLE[id].label} ${counts[id][measure]}`);
	return `As of ${formatDate(date)} (${MEASURE_LABEL[measure]}): ${values.join(' · ') || 'no instruments shown'}`;
}
