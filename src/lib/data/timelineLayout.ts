/**
 * Where each event goes on the timeline at the current zoom, lane by lane, the way vis-timeline stacks
 * items: a lane has a budget of rows, and each event takes the first row where its mark and a whole
 * label fit (its title, else its short title, to the right of the mark or, near the right edge, to its
 * left). A label is whole or absent, never cut. What finds no row loses a label that was in its way,
 * and what still finds none merges into a cluster chip. The work done per frame grows with what the
 * screen can show, not with the number of events: items off-screen are skipped, and crowded ones
 * collapse into one chip. Nothing within the window is dropped: every event is either its own node or
 * counted in a cluster; a mark the plot's edge would cut (an event just outside the window) is not drawn.
 */

import { rankedSort } from './rankedSort';

/** One event as the layout sees it: times in days since 1970 (UTC), and its lane. */
export interface LayoutItem {
	id: string;
	lane: number;
	/** Where the mark sits (for an imprecise date, the middle of the span it can mean). */
	at: number;
	/** For a bar, the last day it covers; null for a mark. */
	end: number | null;
	label: string;
	/** A shorter label for tight places, if the event has one. */
	short?: string | null;
}

export interface LayoutOptions {
	/** Day number → x pixel. */
	x: (day: number) => number;
	/** x pixel → day number, to skip what lies off to the left without looking at it. */
	invert?: (px: number) => number;
	/** The visible pixel range. */
	range: [number, number];
	/** Half the width of a mark. */
	radius: number;
	/** Smallest gap kept between two nodes, and between a label and the next node. */
	gap: number;
	/** Space between a mark and its label. */
	labelGap: number;
	/** Narrowest cluster chip (room for "+99"). */
	chipWidth: number;
	/** Text width in pixels. */
	measure: (text: string) => number;
	/** Ids that must stand alone (the focused or selected event): never merged into a cluster. */
	pinned?: ReadonlySet<string>;
	/** How many rows each lane may use: one number for all, or one per lane (default 1). */
	rows?: number | readonly number[];
}

export interface EventNode {
	kind: 'event';
	item: LayoutItem;
	/** The row of its lane it sits in (0 = first). */
	row: number;
	x0: number;
	x1: number;
	/** The label as drawn (the title or the short title, whole), or null when neither fits. */
	label: string | null;
	/** The label's left edge (it may sit left of the mark, near the plot's right edge). */
	labelX: number;
}

export interface ClusterNode {
	kind: 'cluster';
	items: LayoutItem[];
	row: number;
	x0: number;
	x1: number;
	/** First and last day the clustered items cover, for zooming to them. */
	from: number;
	to: number;
}

export type LayoutNode = EventNode | ClusterNode;

/**
 * sortItems(items) orders items as the layout needs them: by lane, then by position, then id. A filter
 * change sorts a subset of the same items again: they are laid out by the places the last full sort
 * gave them (rankedSort).
 */
export const sortItems: (items: readonly LayoutItem[]) => LayoutItem[] = rankedSort((items) =>
	[...items].sort(
		(a, b) => a.lane - b.lane || a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	)
);

/** rowsUsed(layout): how many rows each lane's nodes take (at least one). */
export function rowsUsed(layout: readonly (readonly LayoutNode[])[]): number[] {
	return layout.map((lane) => lane.reduce((m, n) => Math.max(m, n.row + 1), 1));
}

interface LaneIndex {
	lane: number;
	start: number;
	end: number;
	/** The longest bar in the lane, in days: how far left of the view an item can start and still show. */
	longest: number;
}

const indexCache = new WeakMap<readonly LayoutItem[], LaneIndex[]>();

/** Where each lane's items start and end in the sorted array, computed once per array. */
function laneIndex(sorted: readonly LayoutItem[]): LaneIndex[] {
	let index = indexCache.get(sorted);
	if (index) return index;
	index = [];
	let start = 0;
	while (start < sorted.length) {
		const lane = (sorted[start] as LayoutItem).lane;
		let end = start;
		let longest = 0;
		for (; end < sorted.length && (sorted[end] as LayoutItem).lane === lane; end++) {
			const it = sorted[end] as LayoutItem;
			if (it.end !== null) longest = Math.max(longest, it.end - it.at);
		}
		index.push({ lane, start, end, longest });
		start = end;
	}
	indexCache.set(sorted, index);
	return index;
}

/** The first index in [lo, hi) whose item sits at or after day. */
function lowerBound(items: readonly LayoutItem[], lo: number, hi: number, day: number): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((items[mid] as LayoutItem).at < day) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * layoutTimeline(sorted, options): the nodes of each lane (index = lane), left to right. `sorted` must
 * come from sortItems; pass the same array on every frame so its lane index is computed only once.
 * With `options.invert` (pixel → day), items far off to the left are skipped by binary search.
 */
export function layoutTimeline(sorted: readonly LayoutItem[], o: LayoutOptions): LayoutNode[][] {
	const lanes: LayoutNode[][] = [];
	for (const l of laneIndex(sorted)) {
		const first = o.invert
			? lowerBound(sorted, l.start, l.end, o.invert(o.range[0] - o.radius) - l.longest - 1)
			: l.start;
		const rows = typeof o.rows === 'number' ? o.rows : (o.rows?.[l.lane] ?? 1);
		lanes[l.lane] = layoutLane(sorted, first, l.end, o, Math.max(1, rows));
	}
	for (let i = 0; i < lanes.length; i++) lanes[i] ??= [];
	return lanes;
}

function layoutLane(
	items: readonly LayoutItem[],
	from: number,
	to: number,
	o: LayoutOptions,
	rows: number
): LayoutNode[] {
	const [left, right] = o.range;
	const out: LayoutNode[] = [];
	/** Per row: where it is taken up to (label included), and its last node. */
	const taken: number[] = new Array<number>(rows).fill(-Infinity);
	const last: (LayoutNode | undefined)[] = new Array<LayoutNode | undefined>(rows);
	const isPinned = (n: LayoutNode | undefined) =>
		n?.kind === 'event' && (o.pinned?.has(n.item.id) ?? false);

	/** Place item in row k if its mark fits there, with the best whole label the row allows. */
	const place = (item: LayoutItem, k: number, l: number, r: number, labelled: boolean) => {
		if (taken[k]! + o.gap > l) return false;
		let label: string | null = null;
		let labelX = r + o.labelGap;
		let end = r;
		if (labelled) {
			for (const text of labels(item)) {
				const w = o.measure(text);
				if (r + o.labelGap + w <= right) {
					[label, labelX, end] = [text, r + o.labelGap, r + o.labelGap + w];
					break;
				}
				const lx = l - o.labelGap - w;
				if (lx >= left && lx >= taken[k]! + o.gap) {
					[label, labelX] = [text, lx];
					break;
				}
			}
			if (label === null) return false;
		}
		const node: EventNode = { kind: 'event', item, row: k, x0: l, x1: r, label, labelX };
		out.push(node);
		last[k] = node;
		taken[k] = end;
		return true;
	};

	const anyPinned = (o.pinned?.size ?? 0) > 0;
	/** Whether item is placed in the first row where it fits. */
	const firstFit = (item: LayoutItem, l: number, r: number, labelled: boolean) => {
		for (let k = 0; k < rows; k++) if (place(item, k, l, r, labelled)) return true;
		return false;
	};
	/** The first row whose last node is an event with a label that could give way to a mark at l. */
	const labelInTheWay = (l: number) => {
		for (let k = 0; k < rows; k++) {
			const n = last[k];
			if (n?.kind === 'event' && n.label !== null && !isPinned(n) && n.x1 + o.gap <= l) return k;
		}
		return -1;
	};

	for (let i = from; i < to; i++) {
		const item = items[i] as LayoutItem;
		const xa = o.x(item.at);
		if (xa - o.radius > right) break; // sorted by position: the rest are off to the right
		const xb = item.end === null ? xa : Math.max(xa, o.x(item.end));
		const l = xa - o.radius;
		const r = xb + o.radius;
		if (r < left) continue;
		// A plain mark (a bar no wider than one) the plot's edge would cut lies outside the window.
		if (xb - xa <= 2 * o.radius && (l < left || r > right)) continue;

		const pinned = anyPinned && (o.pinned?.has(item.id) ?? false);
		// (Plain loops, not closures: this runs for every event in view on every frame of a zoom.) Where
		// no row has room left for the mark, as in a crowd of thousands, no row can take it, labelled or
		// not: straight to a label that gives way or to a cluster.
		let room = false;
		for (let k = 0; k < rows && !room; k++) room = taken[k]! + o.gap <= l;
		if (room || pinned) {
			if (firstFit(item, l, r, true)) continue;
			// A pinned event (focused, selected, a tour stop's subject) keeps its label: another gives way.
			if (pinned) {
				const k = labelInTheWay(l);
				const n = last[k];
				if (n?.kind === 'event') {
					[n.label, taken[k]] = [null, n.x1];
					if (place(item, k, l, r, true)) continue;
				}
			}
			if (firstFit(item, l, r, false)) continue;
		}
		// A label in the way gives way: shortened if that clears the mark, else dropped.
		const k = labelInTheWay(l);
		if (k >= 0) {
			const n = last[k] as EventNode;
			const short = n.item.short;
			const fits =
				short && short !== n.label && n.labelX > n.x1 && n.labelX + o.measure(short) + o.gap <= l;
			n.label = fits ? short : null;
			taken[k] = fits ? n.labelX + o.measure(short) : n.x1;
			if (!place(item, k, l, r, true)) place(item, k, l, r, false);
			continue;
		}
		// No row has room: join the cluster (or the event) that is in the way in the emptiest row.
		let best = -1;
		for (let k = 0; k < rows; k++)
			if (last[k] && !isPinned(last[k]) && (best < 0 || taken[k]! < taken[best]!)) best = k;
		if (pinned || best < 0) {
			// Only a pinned event can get here: it stands alone, over its neighbours if it must.
			let k = 0;
			for (let j = 1; j < rows; j++) if (taken[j]! < taken[k]!) k = j;
			const node: EventNode = { kind: 'event', item, row: k, x0: l, x1: r, label: null, labelX: r };
			out.push(node);
			last[k] = node;
			taken[k] = Math.max(taken[k]!, r);
			continue;
		}
		const prev = last[best] as LayoutNode;
		const cluster: ClusterNode =
			prev.kind === 'cluster'
				? prev
				: {
						kind: 'cluster',
						items: [prev.item],
						row: best,
						x0: prev.x0,
						x1: prev.x1,
						from: prev.item.at,
						to: prev.item.end ?? prev.item.at
					};
		if (prev.kind === 'event') out[out.lastIndexOf(prev)] = cluster;
		cluster.items.push(item);
		cluster.x1 = Math.max(cluster.x1, r, cluster.x0 + o.chipWidth);
		cluster.to = Math.max(cluster.to, item.end ?? item.at);
		last[best] = cluster;
		taken[best] = cluster.x1;
	}
	fillLabels(out, rows, o);
	return out;
}

/**
 * A second look, row by row: an event that lost its label (or kept only its short title) while the
 * rows were filled takes the best whole label that now fits between its neighbours, right of its mark
 * or left of it.
 */
function fillLabels(nodes: readonly LayoutNode[], rows: number, o: LayoutOptions) {
	const [left, right] = o.range;
	for (let k = 0; k < rows; k++) {
		const row = nodes.filter((n) => n.row === k);
		for (let i = 0; i < row.length; i++) {
			const n = row[i] as LayoutNode;
			if (n.kind !== 'event' || n.label === n.item.label) continue;
			const prev = row[i - 1];
			const next = row[i + 1];
			const before = prev ? extent(prev, o)[1] + o.gap : left;
			const after = next ? extent(next, o)[0] - o.gap : right;
			for (const text of labels(n.item)) {
				if (text === n.label) break; // nothing better fits
				const w = o.measure(text);
				if (n.x1 + o.labelGap + w <= Math.min(after, right)) {
					[n.label, n.labelX] = [text, n.x1 + o.labelGap];
					break;
				}
				if (n.x0 - o.labelGap - w >= Math.max(before, left)) {
					[n.label, n.labelX] = [text, n.x0 - o.labelGap - w];
					break;
				}
			}
		}
	}
}

/** The pixels a node takes in its row, its label included. */
function extent(n: LayoutNode, o: LayoutOptions): [number, number] {
	if (n.kind === 'cluster' || n.label === null) return [n.x0, n.x1];
	const end = n.labelX + o.measure(n.label);
	return [Math.min(n.x0, n.labelX), Math.max(n.x1, end)];
}

/** The labels an item may take, best first: its title, then its short title. */
function labels(item: LayoutItem): string[] {
	return item.short && item.short !== item.label ? [item.label, item.short] : [item.label];
}
