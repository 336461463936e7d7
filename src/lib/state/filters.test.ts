import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, INSTRUMENT_IDS } from '$lib/data/schema';
import {
	DEFAULT_FILTERS,
	filtersEqual,
	normalizeFilters,
	normalizeWindow,
	TIMELINE_SPAN,
	type Filters
} from './filters';

const f = (fields: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...fields });

describe('normalizeFilters', () => {
	it('normalizeFilters(f) sorts a list in id order and drops repeats', () => {
		const n = normalizeFilters(f({ categories: ['other', 'cop', 'congress', 'cop'] }));
		expect(n.categories).toEqual(['congress', 'cop', 'other']);
		expect(normalizeFilters(f({ instruments: ['FIR', 'UNTOC', 'FIR'] })).instruments).toEqual([
			'UNTOC',
			'FIR'
		]);
	});
	it('normalizeFilters(f) turns a list of every id into null (all)', () => {
		expect(normalizeFilters(f({ categories: [...CATEGORY_IDS].reverse() })).categories).toBeNull();
		expect(normalizeFilters(f({ instruments: [...INSTRUMENT_IDS] })).instruments).toBeNull();
	});
	it('normalizeFilters(f) keeps an empty list (none) apart from null (all)', () => {
		expect(normalizeFilters(f({ categories: [] })).categories).toEqual([]);
	});
	it('normalizeFilters(f) trims q', () => {
		expect(normalizeFilters(f({ q: '  Palermo \n' })).q).toBe('Palermo');
	});
	it('normalizeFilters(f) turns a window over the whole span into null', () => {
		expect(normalizeFilters(f({ window: { ...TIMELINE_SPAN } })).window).toBeNull();
		expect(
			normalizeFilters(f({ window: { from: '1975-01-01', to: '2024-12-30' } })).window
		).toEqual({ from: '1975-01-01', to: '2024-12-30' });
	});
	it('normalizeFilters(f) does not share arrays with f', () => {
		const input = f({ categories: ['cop'] });
		const n = normalizeFilters(input);
		n.categories?.push('other');
		expect(input.categories).toEqual(['cop']);
	});
});

describe('normalizeWindow', () => {
	it('normalizeWindow(w) puts reversed ends in order', () => {
		expect(normalizeWindow({ from: '2004-12-31', to: '1998-01-01' })).toEqual({
			from: '1998-01-01',
			to: '2004-12-31'
		});
	});
	it('normalizeWindow(w, span) compares with the span it is given', () => {
		const span = { from: '1990-01-01', to: '1999-12-31' };
		expect(normalizeWindow({ ...span }, span)).toBeNull();
		expect(normalizeWindow({ ...span })).toEqual(span);
	});
});

describe('filtersEqual', () => {
	it('filtersEqual(a, b) treats a full list as equal to null', () => {
		expect(filtersEqual(f({ instruments: [...INSTRUMENT_IDS] }), DEFAULT_FILTERS)).toBe(true);
	});
	it('filtersEqual(a, b) ignores list order and surrounding spaces in q', () => {
		expect(
			filtersEqual(
				f({ categories: ['cop', 'congress'], q: 'cop ' }),
				f({ categories: ['congress', 'cop'], q: 'cop' })
			)
		).toBe(true);
	});
	it.each<[string, Partial<Filters>]>([
		['window', { window: { from: '1998-01-01', to: '2004-12-31' } }],
		['categories', { categories: [] }],
		['instruments', { instruments: ['TIP'] }],
		['q', { q: 'cop' }],
		['event', { event: 'cop-1' }]
	])('filtersEqual(a, b) tells apart states that differ in %s', (_, fields) => {
		expect(filtersEqual(f(fields), DEFAULT_FILTERS)).toBe(false);
	});
});
