/**
 * The timeline's marks and cluster chips as plain descriptions of SVG elements (tag, attributes,
 * children): one pure function per node says how it is drawn, and two renderers draw the same
 * description, the server's markup (EventNodes' snippet: the SVG snapshots) and the browser's keyed
 * patcher (svgPatch.ts: the live view and every export). A zoom at 50,000 events makes and drops
 * hundreds of marks per frame; drawn this way a mark costs a few elements and attributes rather than a
 * component's worth of effects.
 */
import { highlightParts } from '$lib/data/textSearch';
import {
	CHIP,
	FOCUS,
	HIGHLIGHT,
	HIGHLIGHT_STROKE,
	INK,
	INK_SOFT,
	MARK_STROKE,
	PAPER,
	type CategoryStyle
} from './palette';
import { symbolPath } from './symbolPath';

/** An attribute's value; null or undefined leaves the attribute out. */
export type AttrValue = string | number | null | undefined;

/** One SVG element: its tag, its attributes in order, and its children (elements or text). */
export interface ElementSpec {
	tag: string;
	attrs: Record<string, AttrValue>;
	children?: (ElementSpec | string)[];
}

export interface MarkInput {
	/** The event's id, for `data-event-id`. */
	id: string;
	/** Accessible name: the label as drawn, the title and the date. */
	name: string;
	/** Centre of the mark (or start of the bar), in pixels. */
	x: number;
	/** The plot's width: a bar's symbol is kept inside it when the bar runs past an edge. */
	plotWidth: number;
	/** End of the bar in pixels, or null for a mark. */
	xEnd: number | null;
	/** Pixel span of an imprecise date, or null. */
	whisker: readonly [number, number] | null;
	/** Vertical centre of the row. */
	y: number;
	/** Mark radius and label size, in pixels. */
	r: number;
	fontSize: number;
	style: CategoryStyle;
	/** The label as laid out, or null. */
	label: string | null;
	labelX: number;
	/** Search text, marked in the label. */
	q: string;
	/** Is this the roving tab stop, the focused mark, the selected event, pointed at elsewhere? */
	tabStop: boolean;
	focused: boolean;
	selected: boolean;
	highlighted: boolean;
	/** Drawn faintly, so the events a tour stop is about stand out. */
	receded: boolean;
}

const paths = new Map<string, string>();
/** The symbol's path, made once per shape and size (a zoom draws the same few thousands of times). */
function symbol(shape: CategoryStyle['shape'], r: number): string {
	const key = `${shape}|${r}`;
	let d = paths.get(key);
	if (d === undefined) paths.set(key, (d = symbolPath(shape, r)));
	return d;
}

/**
 * markSpec(m): one event: its category's shape (or a bar for an event that lasted several days), a
 * faint whisker across the month or year an imprecise date can mean, its label where the layout found
 * room, and a larger invisible target for a finger. It is a button named by its label, title and date;
 * the focus ring is drawn, because browsers do not outline SVG elements reliably.
 */
export function markSpec(m: MarkInput, children = markChildren(m)): ElementSpec {
	return {
		tag: 'g',
		attrs: {
			class: m.selected ? 'event selected' : 'event',
			transform: `translate(${m.x},${m.y})`,
			opacity: m.receded ? 0.32 : undefined,
			'data-event-id': m.id,
			role: 'button',
			'aria-label': m.name,
			'aria-pressed': m.selected ? 'true' : 'false',
			tabindex: m.tabStop ? 0 : -1
		},
		children
	};
}

/** Where a bar's symbol sits: at its start, or at the plot's edge when the start is outside. */
const symbolAt = (m: MarkInput, xEnd: number) =>
	Math.min(Math.max(m.x, m.r + 1), Math.max(m.r + 1, Math.min(xEnd, m.plotWidth) - m.r - 1));

/** A mark's parts, drawn around its own origin: the mark is placed by one transform on its group. */
function markChildren(m: MarkInput): ElementSpec[] {
	const { x, r } = m;
	const imprecise = m.whisker !== null;
	// A bar only once it is wider than a mark; shorter spans read better as the plain mark.
	const bar = m.xEnd !== null && m.xEnd - x > 2 * r;
	const length = (m.xEnd ?? x) - x;
	const children: ElementSpec[] = [];
	if (m.whisker)
		children.push({
			tag: 'line',
			attrs: {
				x1: m.whisker[0] - x,
				x2: m.whisker[1] - x,
				y1: 0,
				y2: 0,
				stroke: m.style.color,
				'stroke-width': '3',
				'stroke-opacity': '0.45',
				'stroke-linecap': 'round'
			}
		});
	if (m.focused || m.selected || m.highlighted)
		children.push({
			tag: 'rect',
			attrs: {
				class: 'ring',
				x: -r - 4,
				y: -r - 4,
				width: length + 2 * r + 8,
				height: 2 * r + 8,
				rx: '4',
				fill: m.highlighted && !m.focused ? HIGHLIGHT : 'none',
				stroke: m.focused ? FOCUS : m.selected ? INK : HIGHLIGHT_STROKE,
				'stroke-width': m.focused ? 3 : 2
			}
		});
	if (bar && m.xEnd !== null) {
		const symbolX = symbolAt(m, m.xEnd);
		children.push(
			{
				tag: 'rect',
				attrs: {
					x: -r * 0.4,
					y: -r * 0.75,
					width: Math.max(length + r * 0.8, r * 0.8),
					height: r * 1.5,
					rx: '2',
					fill: m.style.color,
					stroke: MARK_STROKE,
					'stroke-width': '1'
				}
			},
			{
				tag: 'path',
				attrs: {
					d: symbol(m.style.shape, r * 0.55),
					transform: `translate(${symbolX - x},0)`,
					fill: PAPER,
					stroke: MARK_STROKE,
					'stroke-width': '0.8'
				}
			}
		);
	} else
		children.push({
			tag: 'path',
			attrs: {
				d: symbol(m.style.shape, r),
				fill: m.style.color,
				'fill-opacity': imprecise ? 0.35 : 1,
				stroke: MARK_STROKE,
				'stroke-width': '1.2',
				'stroke-dasharray': imprecise ? '2.5 1.5' : undefined
			}
		});
	if (m.label)
		// The label is the dataset's title, in English.
		children.push({
			tag: 'text',
			attrs: {
				lang: 'en',
				x: m.labelX - x,
				dy: '0.35em',
				'font-size': m.fontSize,
				fill: INK,
				stroke: PAPER,
				'stroke-width': '3',
				'stroke-linejoin': 'round',
				'paint-order': 'stroke'
			},
			children: highlightParts(m.label, m.q).map((part) =>
				part.match
					? {
							tag: 'tspan',
							attrs: { 'font-weight': '700', 'text-decoration': 'underline' },
							children: [part.text]
						}
					: part.text
			)
		});
	// A larger invisible target, so small marks are easy to hit with a finger.
	children.push({
		tag: 'rect',
		attrs: {
			x: -r * 1.7,
			y: -r * 2,
			width: length + r * 3.4,
			height: r * 4,
			fill: 'transparent'
		}
	});
	return children;
}

/** The inputs a mark's parts depend on, positions relative to the mark, rounded to 1/100 px. */
function partsKey(m: MarkInput): unknown[] {
	const rel = (v: number) => Math.round((v - m.x) * 100) / 100;
	return [
		m.label,
		m.label === null ? 0 : rel(m.labelX),
		m.q,
		m.focused,
		m.selected,
		m.highlighted,
		m.r,
		m.fontSize,
		m.style,
		m.whisker ? rel(m.whisker[0]) : null,
		m.whisker ? rel(m.whisker[1]) : null,
		m.xEnd === null ? null : rel(m.xEnd),
		m.xEnd === null ? null : rel(symbolAt(m, m.xEnd))
	];
}

/**
 * Marks as a zoom draws them, frame after frame: a mark whose parts look as they did (only its place
 * changed) keeps the same parts, so that drawing it again is one transform.
 */
export class MarkSpecs {
	#last = new Map<string, { key: unknown[]; children: ElementSpec[] }>();

	spec(m: MarkInput): ElementSpec {
		const key = partsKey(m);
		const last = this.#last.get(m.id);
		if (last && last.key.length === key.length && last.key.every((v, i) => v === key[i]))
			return markSpec(m, last.children);
		const children = markChildren(m);
		if (this.#last.size > 20_000) this.#last.clear();
		this.#last.set(m.id, { key, children });
		return markSpec(m, children);
	}
}

export interface ChipInput {
	/** How many events it holds. */
	size: number;
	/** The ids of the events it holds, space-separated, for automation; null for a chip of thousands. */
	ids: string | null;
	/** Accessible name, listing the span and the first titles. */
	name: string;
	/** Its text ("+12", in the interface's language). */
	text: string;
	x0: number;
	x1: number;
	y: number;
	/** Height of the chip and its text size, in pixels. */
	h: number;
	fontSize: number;
	/** Does it hold a highlighted (hovered elsewhere) event? */
	highlighted: boolean;
	/** Drawn faintly (a tour stop is about other events). */
	receded: boolean;
}

/**
 * chipSpec(c): a cluster chip standing for events that would overlap at this zoom: "+n" in a rounded
 * box spanning them. Pointer users click it to zoom to its span; keyboard users reach each of its
 * events with the arrow keys (the timeline pins the focused event out of any cluster), so it is not a
 * tab stop itself.
 */
export function chipSpec(c: ChipInput): ElementSpec {
	const width = Math.max(c.x1 - c.x0, c.h * 1.1);
	return {
		tag: 'g',
		attrs: {
			class: 'cluster',
			transform: `translate(${c.x0},${c.y})`,
			'data-cluster-size': c.size,
			opacity: c.receded ? 0.32 : undefined,
			'data-event-ids': c.ids,
			role: 'button',
			tabindex: '-1',
			'aria-label': c.name
		},
		children: [
			{
				tag: 'rect',
				attrs: {
					y: -c.h / 2,
					width,
					height: c.h,
					rx: c.h / 2,
					fill: c.highlighted ? HIGHLIGHT : CHIP,
					stroke: INK_SOFT,
					'stroke-width': '1.2'
				}
			},
			{
				tag: 'text',
				attrs: {
					x: width / 2,
					dy: '0.35em',
					'text-anchor': 'middle',
					'font-size': c.fontSize,
					'font-weight': '700',
					fill: INK
				},
				children: [c.text]
			}
		]
	};
}
