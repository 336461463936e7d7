/**
 * Where each event goes on the timeline at the current zoom, lane by lane: marks and bars, merged into
 * cluster chips wherever they would overlap, and labels wherever they fit before the next node of the
 * same lane. The work done per frame grows with what the screen can show, not with the number of
 * events: items off-screen are skipped, and overlapping ones collapse into one chip. Nothing is ever
 * dropped: every visible event is either its own node or counted in a cluster that stands for it.
 */

/** One event as the layout sees it: times in days since 1970 (UTC), and its lane. */
export interface LayoutItem {
	id: string;
	lane: number;
	/** Where the mark sits (for an imprecise date, the middle of the span it can mean). */
	at: number;
	/** For a bar, the last day it covers; null for a mark. */
	end: number | null;
	label: string;
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
}

export interface EventNode {
	kind: 'event';
	item: LayoutItem;
	x0: number;
	x1: number;
	/** The label as drawn (maybe shortened with an ellipsis), or null when it does not fit. */
	label: string | null;
	labelX: number;
}

export interface ClusterNode {
	kind: 'cluster';
	items: LayoutItem[];
	x0: number;
	x1: number;
	/** First and last day the clustered items cover, for zooming to them. */
	from: number;
	to: number;
}

export type LayoutNode = EventNode | ClusterNode;

/** sortItems(items) orders items as the layout needs them: by lane, then by position, then id. */
export function sortItems(items: readonly LayoutItem[]): LayoutItem[] {
	return [...items].sort(
		(a, b) => a.lane - b.lane || a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

interface Group {
	items: LayoutItem[];
	left: number;
	right: number;
	pinned: boolean;
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
		lanes[l.lane] = layoutLane(sorted, first, l.end, o);
	}
	for (let i = 0; i < lanes.length; i++) lanes[i] ??= [];
	return lanes;
}

function layoutLane(
	items: readonly LayoutItem[],
	from: number,
	to: number,
	o: LayoutOptions
): LayoutNode[] {
	const [left, right] = o.range;
	const groups: Group[] = [];
	let open: Group | null = null;
	for (let i = from; i < to; i++) {
		const item = items[i] as LayoutItem;
		const xa = o.x(item.at);
		if (xa - o.radius > right) break; // sorted by position: the rest are off to the right
		const xb = item.end === null ? xa : Math.max(xa, o.x(item.end));
		const l = xa - o.radius;
		const r = xb + o.radius;
		if (r < left) continue;
		const pinned = o.pinned?.has(item.id) ?? false;
		if (open && !pinned && !open.pinned && l < open.right + o.gap) {
			open.items.push(item);
			open.right = Math.max(r, open.left + o.chipWidth);
			continue;
		}
		open = { items: [item], left: l, right: r, pinned };
		groups.push(open);
	}
	return groups.map((g, i) => toNode(g, groups[i + 1]?.left ?? right + o.gap, o));
}

function toNode(g: Group, nextLeft: number, o: LayoutOptions): LayoutNode {
	if (g.items.length > 1) {
		const first = g.items[0] as LayoutItem;
		const last = g.items.reduce((m, it) => Math.max(m, it.end ?? it.at), first.at);
		return { kind: 'cluster', items: g.items, x0: g.left, x1: g.right, from: first.at, to: last };
	}
	const item = g.items[0] as LayoutItem;
	const labelX = g.right + o.labelGap;
	const room = Math.min(nextLeft - o.gap, o.range[1]) - labelX;
	return {
		kind: 'event',
		item,
		x0: g.left,
		x1: g.right,
		label: fitLabel(item.label, room, o.measure),
		labelX
	};
}

/** fitLabel(text, room, measure): the text, or its longest prefix + "…" that fits, or null if under 6 characters would. */
export function fitLabel(
	text: string,
	room: number,
	measure: (t: string) => number
): string | null {
	if (room <= 0) return null;
	if (measure(text) <= room) return text;
	let lo = 0;
	let hi = text.length - 1;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (measure(text.slice(0, mid).trimEnd() + '…') <= room) lo = mid;
		else hi = mid - 1;
	}
	return lo >= 6 ? text.slice(0, lo).trimEnd() + '…' : null;
}
