/**
 * The timeline's geometry and scene, as pure functions: how big each part is for a type size, and,
 * for a window and a width, the one x scale and the layout of every lane. The live view and every
 * export draw from the same scene, so what a file shows is what the screen showed, laid out for its
 * frame.
 */
import { DAY_MS } from '$lib/data/calendarDate';
import {
	layoutTimeline,
	rowsUsed,
	type LayoutItem,
	type LayoutNode
} from '$lib/data/timelineLayout';
import { scaleUtc, type ScaleTime } from 'd3-scale';

export interface TimelineGeometry {
	/** Type size everything follows (the root font size on screen). */
	em: number;
	/** Top of the first lane, and where the lanes end. */
	top: number;
	lanesHeight: number;
	/** How many rows each lane has, a row's height, and each lane's top and height. */
	rows: readonly number[];
	rowHeight: number;
	laneTops: readonly number[];
	laneHeights: readonly number[];
	/** The whole plot's height, axis included. */
	height: number;
	/** Mark radius, label size, cluster chip size, all in pixels. */
	r: number;
	font: number;
	chipWidth: number;
	chipHeight: number;
	/** Room kept free at each end of the plot, so a mark on the window's first or last day is whole. */
	inset: number;
}

/**
 * timelineGeometry(em, rows, extra?): the sizes for a type size and the rows of each lane; a frame
 * that has room to spare (a slide) may give every lane `extra` pixels.
 */
export function timelineGeometry(em: number, rows: readonly number[], extra = 0): TimelineGeometry {
	const top = 6;
	const rowHeight = Math.round(em * 1.5);
	const pad = Math.round(em * 0.25) + Math.max(0, Math.round(extra));
	const laneHeights = rows.map((n) => Math.max(1, n) * rowHeight + pad);
	const laneTops: number[] = [];
	let y = top;
	for (const h of laneHeights) {
		laneTops.push(y);
		y += h;
	}
	const r = em * 0.44;
	return {
		em,
		top,
		lanesHeight: y,
		rows: rows.map((n) => Math.max(1, n)),
		rowHeight,
		laneTops,
		laneHeights,
		height: y + Math.round(em * 1.9),
		r,
		font: Math.round(em * 0.8125),
		chipWidth: em * 1.9,
		chipHeight: Math.round(em * 1.4),
		inset: Math.ceil(r + 3)
	};
}

/** rowY(g, lane, row): the vertical centre of a row of a lane, the lane's rows centred in it. */
export function rowY(g: TimelineGeometry, lane: number, row: number): number {
	const h = g.laneHeights[lane] ?? g.rowHeight;
	const n = g.rows[lane] ?? 1;
	return (g.laneTops[lane] ?? g.top) + (h - n * g.rowHeight) / 2 + (row + 0.5) * g.rowHeight;
}

export interface TimelineScene {
	/** Time (ms) → x pixel, for the window shown. */
	x: ScaleTime<number, number>;
	layout: LayoutNode[][];
}

/**
 * timelineScene(sorted, domain, width, g, measure, pinned): the x scale for the window `domain` (ms)
 * across `width` pixels, kept `g.inset` from each edge, and the layout of every lane in the rows
 * `g` gives it. `sorted` comes
 * from sortItems and should be the same array on every frame (its lane index is cached).
 */
export function timelineScene(
	sorted: readonly LayoutItem[],
	domain: readonly [number, number],
	width: number,
	g: TimelineGeometry,
	measure: (text: string) => number,
	pinned: ReadonlySet<string> = new Set()
): TimelineScene {
	const x = scaleUtc()
		.domain([domain[0], domain[1]])
		.range([g.inset, Math.max(g.inset + 1, width - g.inset)]);
	// The scale's own arithmetic, without a call through d3 for each of thousands of events a frame.
	const [d0, d1] = x.domain().map(Number) as [number, number];
	const span = d1 - d0;
	const [r0, r1] = x.range() as [number, number];
	const layout = layoutTimeline(sorted, {
		x: span
			? (day) => {
					const t = (day * DAY_MS - d0) / span;
					return r0 * (1 - t) + r1 * t;
				}
			: (day) => x(day * DAY_MS),
		invert: (px) => x.invert(px).getTime() / DAY_MS,
		range: [0, width],
		radius: g.r,
		gap: 3,
		labelGap: 5,
		chipWidth: g.chipWidth,
		measure,
		pinned,
		rows: g.rows
	});
	return { x, layout };
}

/**
 * stackedRows(sorted, domain, width, em, lanes, budget, measure, pinned?): how many rows each lane needs, up to
 * `budget`, for its labels to be whole at the window `domain`. The live view asks once per committed
 * window, so the plot's height holds still during a gesture.
 */
export function stackedRows(
	sorted: readonly LayoutItem[],
	domain: readonly [number, number],
	width: number,
	em: number,
	lanes: number,
	budget: number,
	measure: (text: string) => number,
	pinned: ReadonlySet<string> = new Set()
): number[] {
	const probe = timelineGeometry(em, new Array<number>(lanes).fill(budget));
	const used = rowsUsed(timelineScene(sorted, domain, width, probe, measure, pinned).layout);
	return Array.from({ length: lanes }, (_, i) => used[i] ?? 1);
}
