/**
 * The look of each event category: an Okabe–Ito colour (safe for colour-blind readers) paired with a
 * shape, so that no category is told apart by colour alone. Every view and export reads it from here,
 * so a category looks the same everywhere.
 */
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

/** The outline every mark gets, so light colours (yellow, sky blue) still stand out on white. */
export const MARK_STROKE = '#1b1f24';
