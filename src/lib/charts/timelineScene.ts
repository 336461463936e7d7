/**
 * The timeline's geometry and scene, as pure functions: how big each part is for a type size, and,
 * for a window and a width, the one x scale and the layout of every lane. The live view and every
 * export draw from the same scene, so what a file shows is what the screen showed, laid out for its
 * frame.
 */
import { DAY_MS } from '$lib/data/calendarDate';
import { layoutTimeline, type LayoutItem, type LayoutNode } from '$lib/data/timelineLayout';
import { scaleUtc, type ScaleTime } from 'd3-scale';

export interface TimelineGeometry {
	/** Type size everything follows (the root font size on screen). */
	em: number;
	/** Top of the first lane, a lane's height, and where the lanes end. */
	top: number;
	laneHeight: number;
	lanesHeight: number;
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
 * timelineGeometry(em, lanes, laneHeight?): the sizes for a type size and a number of lanes; a frame
 * that has room to spare (a slide) may ask for taller lanes.
 */
export function timelineGeometry(em: number, lanes: number, laneHeight?: number): TimelineGeometry {
	const top = 6;
	const lane = Math.max(Math.round(em * 1.75), Math.round(laneHeight ?? 0));
	const lanesHeight = top + lanes * lane;
	const r = em * 0.44;
	return {
		em,
		top,
		laneHeight: lane,
		lanesHeight,
		height: lanesHeight + Math.round(em * 1.9),
		r,
		font: Math.round(em * 0.8125),
		chipWidth: em * 1.9,
		chipHeight: Math.round(em * 1.4),
		inset: Math.ceil(r + 3)
	};
}

export interface TimelineScene {
	/** Time (ms) → x pixel, for the window shown. */
	x: ScaleTime<number, number>;
	layout: LayoutNode[][];
}

/**
 * timelineScene(sorted, domain, width, g, measure, pinned): the x scale for the window `domain` (ms)
 * across `width` pixels, kept `g.inset` from each edge, and the layout of every lane. `sorted` comes
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
	const layout = layoutTimeline(sorted, {
		x: (day) => x(day * DAY_MS),
		invert: (px) => x.invert(px).getTime() / DAY_MS,
		range: [0, width],
		radius: g.r,
		gap: 3,
		labelGap: 5,
		chipWidth: g.chipWidth,
		measure,
		pinned
	});
	return { x, layout };
}
