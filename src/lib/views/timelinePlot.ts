/**
 * The timeline's plot drawn for an export's frame: lanes given as many rows as the frame has room for
 * (so more labels are whole), then grown to fill the height it leaves (with few lanes they grow tall
 * rather than leave an empty band on the slide), the lane names in a left margin, the marks laid out
 * anew for the frame's width. Returned as an export's `render` wants it (see FigureSource in
 * standaloneSvg.ts).
 */
import type { CategoryId } from '$lib/data/schema';
import type { LayoutItem } from '$lib/data/timelineLayout';
import type { PartyAction } from '$lib/data/partyActions';
import { stackedRows, timelineGeometry, timelineScene } from '$lib/charts/timelineScene';
import { renderOffscreen } from './renderOffscreen';
import TimelineFigure from './TimelineFigure.svelte';

export interface TimelinePlotInput {
	sorted: readonly LayoutItem[];
	domain: readonly [number, number];
	lanes: readonly CategoryId[];
	rules: readonly (PartyAction | { t: number; kind: 'pointer' })[];
	em: number;
	measure: (text: string) => number;
}

/** The width of the lane names' margin for a type size. */
export const laneNamesWidth = (em: number) => Math.round(em * 11);

/** renderTimelinePlot(input, w, h): the plot at w × h pixels, names included. */
export function renderTimelinePlot(input: TimelinePlotInput, w: number, h: number) {
	const { em, lanes } = input;
	const names = laneNamesWidth(em);
	const n = Math.max(1, lanes.length);
	const one = timelineGeometry(em, new Array<number>(n).fill(1));
	// As many rows as the frame has room for (up to three), then the height left shared out.
	const perLane = (h - (one.height - one.lanesHeight) - one.top) / n;
	const budget = Math.max(1, Math.min(3, Math.floor((perLane - em * 0.25) / one.rowHeight)));
	const rows = stackedRows(input.sorted, input.domain, w - names, em, n, budget, input.measure);
	const fit = timelineGeometry(em, rows);
	const extra = Math.max(0, (h - fit.height) / n);
	const g = timelineGeometry(em, rows, extra);
	const scene = timelineScene(input.sorted, input.domain, w - names, g, input.measure);
	const drawn = renderOffscreen(
		TimelineFigure,
		{ scene, geometry: g, lanes, width: w - names, rules: input.rules, laneNames: names },
		w,
		h
	);
	return { ...drawn, bleed: { top: 0, right: 0, bottom: 0, left: names } };
}
