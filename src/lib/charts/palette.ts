/**
 * The look of every figure, in one place. Each event category gets an Okabe–Ito colour (safe for
 * colour-blind readers) paired with a shape, so that no category is told apart by colour alone; the
 * structure (ink, gridlines, the accent, highlights) gets the page's own greys and blue. SVG attributes
 * are written from here rather than from CSS custom properties, because an exported file has no page
 * stylesheet: app.css declares the same values for the HTML around the figures.
 */
import type { Status } from '$lib/data/legalStatus';
import type { CategoryId } from '$lib/data/schema';
import type { Shape } from './symbolPath';

export interface CategoryStyle {
	color: string;
	shape: Shape;
}

export const CATEGORY_STYLE: Record<CategoryId, CategoryStyle> = {
	congress: { color: '#E69F00', shape: 'circle' },
	'general-assembly': { color: '#0072B2', shape: 'square' },
	negotiation: { color: '#009E73', shape: 'diamond' },
	signature: { color: '#CC79A7', shape: 'star' },
	'entry-into-force': { color: '#D55E00', shape: 'triangle' },
	cop: { color: '#56B4E9', shape: 'hexagon' },
	'working-group': { color: '#F0E442', shape: 'cross' },
	'review-mechanism': { color: '#000000', shape: 'triangle-down' },
	other: { color: '#8C8C8C', shape: 'pentagon' }
};

/** Text and outlines (app.css `--ink`). */
export const INK = '#1b1f24';
/** Secondary text, axis lines and ticks (`--ink-soft`). */
export const INK_SOFT = '#4a525c';
/** Light rules: the timeline's gridlines (`--line`). */
export const LINE = '#d5dae0';
/** The growth chart's gridlines, a shade lighter so the lines stay in front. */
export const GRID = '#e3e7ec';
/** The one accent: the as-of date, brushes, a date pointed at elsewhere (`--accent`). */
export const ACCENT = '#0b5c92';
/** The focus ring and a selected participant's own steps (`--focus`). */
export const FOCUS = '#c2410c';
/** The fill of what another view points at. */
export const HIGHLIGHT = '#fff3c4';
/** The outline of what another view points at. */
export const HIGHLIGHT_STROKE = '#b8860b';
/** The page's ground (`--paper`). */
export const PAPER = '#ffffff';
/** Alternate lane bands of the timeline, so a row can be followed across the page. */
export const LANE_BANDS = ['#f7f8fa', '#ffffff'] as const;
/** Cluster chips and the overview's density bars. */
export const CHIP = '#eef2f6';
export const DENSITY = '#6b7785';
/** The entry-into-force threshold rule and its label (a dark yellow, readable on white). */
export const THRESHOLD = '#8a6d00';
export const THRESHOLD_TEXT = '#6b5500';

/** The outline every mark gets, so light colours (yellow, sky blue) still stand out on white. */
export const MARK_STROKE = INK;

/**
 * The world map: each status its Okabe–Ito colour (the Parties in blues, darker the more bound; signed
 * in orange; neither in a grey), and "Party by an unknown date" hatched and outlined besides, so it is
 * never told by colour alone. Areas that are no State in the data are a paler grey with no status.
 */
export const STATUS_STYLE: Record<Status, { fill: string; hatch?: string }> = {
	'in-force': { fill: '#0072B2' },
	deposited: { fill: '#56B4E9' },
	unknown: { fill: '#ffffff', hatch: '#0072B2' },
	signed: { fill: '#E69F00' },
	'not-signatory': { fill: '#b4b4b4' }
};
/** Areas that are no State in the data: territories, Kosovo, Western Sahara, Taiwan, ... */
export const MAP_OTHER = '#f1f1f1';
/** Their outline, so an empty area still reads as an area. */
export const MAP_OTHER_STROKE = '#c3c8ce';
/** The quiet borders between areas: the page's ground. */
export const MAP_BORDER = '#ffffff';
