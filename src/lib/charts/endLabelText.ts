/**
 * What each line's end label says: "Convention · 192 Parties", the count at the window's end. At the
 * data's end the count is the total, undated Parties included (starred, as the note under the chart
 * explains); zoomed to an earlier window it is the line's own value there. The view measures these
 * same strings to size the margin the labels sit in.
 */
import { fmtNumber, m } from '$lib/i18n/i18n.svelte';
import { stepValueAt, type ChartSeries } from './chartTypes';

/** What follows the count: a word, or a function of the count for languages whose nouns agree. */
export type EndUnit = string | ((count: number) => string);

export interface EndLabel {
	series: ChartSeries;
	/** The count printed. */
	count: number;
	/** The line's value at the end, where the label points. */
	value: number;
	text: string;
}

/**
 * endLabelText(series, end, unit) labels each series at time `end` (ms), the unit after the count,
 * in the interface's language.
 */
export function endLabelText(
	series: readonly ChartSeries[],
	end: number,
	unit: EndUnit
): EndLabel[] {
	return series.map((s) => {
		const last = s.points[s.points.length - 1];
		const atEnd = !last || last.t <= end;
		const value = atEnd ? (last?.count ?? 0) : stepValueAt(s.points, end);
		const count = atEnd ? s.total : value;
		const star = atEnd && s.leftOut > 0 ? '*' : '';
		return {
			series: s,
			count,
			value,
			text: m.chart.endLabel(
				m.chart.instrument[s.id],
				`${fmtNumber(count)}${star}`,
				typeof unit === 'function' ? unit(count) : unit
			)
		};
	});
}
