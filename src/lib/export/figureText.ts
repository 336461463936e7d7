/**
 * The words and keys that travel inside an exported figure (title, subtitle, legend, footer, the
 * timeline's lane names), assembled from what the figure shows, in the interface's language. Pure, so
 * the views only pass in what they draw and the export can be checked without a browser.
 */
import { categoryLabel } from '$lib/data/categoryLabel';
import type { CategoryId, Instrument, InstrumentId } from '$lib/data/schema';
import { INSTRUMENT_STYLE } from '$lib/charts/instrumentStyle';
import { CATEGORY_STYLE } from '$lib/charts/palette';
import { m } from '$lib/i18n/i18n.svelte';
import type { ExportInfo } from './exportInfo';
import type { FigureText } from './standaloneSvg';

/**
 * timelineFigureText(title, info, lanes, counts): the timeline's export text. The title states the
 * window the figure shows; the subtitle the filters only, so the window is stated once.
 */
export function timelineFigureText(
	title: string,
	info: ExportInfo,
	lanes: readonly CategoryId[],
	counts: Record<CategoryId, number>
): FigureText {
	return {
		title,
		subtitle: [m.exports.eventsByCategory, info.filters].filter(Boolean).join(' · '),
		...(info.asOf ? { asOf: info.asOf } : {}),
		legend: lanes.map((c) => ({
			label: m.exports.withCount(categoryLabel(c), counts[c]),
			color: CATEGORY_STYLE[c].color,
			shape: CATEGORY_STYLE[c].shape
		})),
		footer: info.footer(title)
	};
}

/**
 * chartFigureText(title, info, help, shown, leftOut): the growth chart's export text; `leftOut` names
 * the undated Parties each line leaves out, so the file says why its totals exceed its lines.
 */
export function chartFigureText(
	title: string,
	info: ExportInfo,
	help: string,
	shown: readonly Instrument[],
	leftOut: readonly { id: InstrumentId; leftOut: number }[]
): FigureText {
	const note = leftOut.length
		? [
				m.exports.leftOutNote(
					leftOut
						.map((s) => m.exports.leftOutItem(s.leftOut, m.exports.instrument[s.id]))
						.join(', ')
				)
			]
		: [];
	return {
		title,
		subtitle: [help, info.filters].filter(Boolean).join(' · '),
		...(info.asOf ? { asOf: info.asOf } : {}),
		legend: shown.map((i) => ({
			label: m.exports.instrumentName(i),
			color: INSTRUMENT_STYLE[i.id].color,
			dash: INSTRUMENT_STYLE[i.id].dash
		})),
		footer: [...note, ...info.footer(title)]
	};
}
