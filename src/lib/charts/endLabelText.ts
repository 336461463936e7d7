/**
 * What each line's end label says: "Convention · 192 Parties", the count at the window's end. At the
 * data's end the count is the total, undated Parties included (starred, as the note under the chart
 * explains); zoomed to an earlier window it is the line's own value there. The view measures these
 * same strings to size the margin the labels sit in.
 */
import { stepValueAt, type ChartSeries } from './chartTypes';
import { INSTRUMENT_STYLE } from './instrumentStyle';

export interface EndLabel {
	series: ChartSeries;
	/** The count printed. */
	count: number;
	/** The line's value at the end, where the label points. */
	value: number;
	text: string;
}

/** endLabelText(series, end, unit) labels each series at time `end` (ms), the unit after the count. */
export function endLabelText(
	series: readonly ChartSeries[],
	end: number,
	unit: string
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
			text: `${INSTRUMENT_STYLE[s.id].label} · ${count}${star}${unit ? ` ${unit}` : ''}`
		};
	});
}
