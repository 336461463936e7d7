// Vitest runs in Node, where Svelte compiles this class for the server: these tests check the intent
// methods and the normal form, not reactivity (no effects run on the server); the e2e specs cover that.
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, INSTRUMENT_IDS } from '$lib/data/schema';
import { DEFAULT_FILTERS, TIMELINE_SPAN, type Filters } from './filters';
import { FilterState } from './filters.svelte';

describe('FilterState', () => {
	it('new FilterState() starts at the defaults with nothing hovered', () => {
		const s = new FilterState();
		expect(s.snapshot()).toEqual(DEFAULT_FILTERS);
		expect(s.hover).toBeNull();
	});
	it('new FilterState(f) starts from f in normal form', () => {
		const s = new FilterState({ ...DEFAULT_FILTERS, categories: ['other', 'cop'], q: ' x ' });
		expect(s.categories).toEqual(['cop', 'other']);
		expect(s.q).toBe('x');
	});
	it('toggleCategory(id) from all unticks just that one', () => {
		const s = new FilterState();
		s.toggleCategory('cop');
		expect(s.categories).toEqual(CATEGORY_IDS.filter((id) => id !== 'cop'));
	});
	it('toggleCategory(id) back to every category gives null (all)', () => {
		const s = new FilterState();
		s.toggleCategory('cop');
		s.toggleCategory('cop');
		expect(s.categories).toBeNull();
	});
	it('toggleInstrument(id) adds to a selection in id order', () => {
		const s = new FilterState();
		s.setInstruments(['FIR']);
		s.toggleInstrument('UNTOC');
		expect(s.instruments).toEqual(['UNTOC', 'FIR']);
		s.setInstruments([...INSTRUMENT_IDS]);
		expect(s.instruments).toBeNull();
	});
	it('setCategories([]) selects none, apart from null (all)', () => {
		const s = new FilterState();
		s.setCategories([]);
		expect(s.snapshot().categories).toEqual([]);
	});
	it('setWindow(w) stores reversed ends in order and the whole span as null', () => {
		const s = new FilterState();
		s.setWindow({ from: '2004-12-31', to: '1998-01-01' });
		expect(s.window).toEqual({ from: '1998-01-01', to: '2004-12-31' });
		s.setWindow({ ...TIMELINE_SPAN });
		expect(s.window).toBeNull();
	});
	it('setWindow(w) with the window it already has keeps the same object, so nothing re-runs', () => {
		const s = new FilterState();
		s.setWindow({ from: '1998-01-01', to: '2004-12-31' });
		const before = s.window;
		s.setWindow({ from: '1998-01-01', to: '2004-12-31' });
		expect(s.window).toBe(before);
	});
	it('setQuery(q) keeps the text as typed and snapshot() trims it', () => {
		const s = new FilterState();
		s.setQuery('palermo ');
		expect(s.q).toBe('palermo ');
		expect(s.snapshot().q).toBe('palermo');
	});
	it('snapshot() gives plain arrays the state does not share', () => {
		const s = new FilterState();
		s.setCategories(['cop']);
		const snap = s.snapshot();
		snap.categories?.push('other');
		expect(s.categories).toEqual(['cop']);
	});
	it('apply(f) replaces every filter and reset() brings back the defaults but not hover', () => {
		const f: Filters = {
			window: { from: '1998-01-01', to: '2004-12-31' },
			categories: ['cop'],
			instruments: [],
			q: 'vienna',
			event: 'cop-1',
			measure: 'in-force',
			map: 'FIR',
			asOf: '2010-12-31',
			party: 'ITA',
			groups: ['AFR'],
			cop: 3,
			joinedInWindow: true,
			status: 'party',
			statusFor: 'FIR'
		};
		// f sets every filter, each to something other than its default, so none can pass by staying put.
		expect(Object.keys(f).sort()).toEqual(Object.keys(DEFAULT_FILTERS).sort());
		for (const key of Object.keys(f) as (keyof Filters)[]) {
			expect(f[key], key).not.toEqual(DEFAULT_FILTERS[key]);
		}
		const s = new FilterState({
			...DEFAULT_FILTERS,
			window: { from: '1980-01-01', to: '1990-12-31' },
			categories: ['other'],
			q: 'palermo',
			party: 'NGA',
			cop: 1
		});
		s.apply(f);
		expect(s.snapshot()).toEqual(f);
		for (const key of Object.keys(f) as (keyof Filters)[]) expect(s[key], key).toEqual(f[key]);
		s.pointAt({ kind: 'event', id: 'cop-1' });
		s.reset();
		expect(s.snapshot()).toEqual(DEFAULT_FILTERS);
		expect(s.hover).toEqual({ kind: 'event', id: 'cop-1' });
	});
	it('unpoint(h) clears the hover only when h is still what is pointed at', () => {
		const s = new FilterState();
		s.pointAt({ kind: 'event', id: 'cop-1' });
		s.pointAt({ kind: 'session', n: 3 });
		s.unpoint({ kind: 'event', id: 'cop-1' });
		expect(s.hover).toEqual({ kind: 'session', n: 3 });
		s.unpoint({ kind: 'session', n: 3 });
		expect(s.hover).toBeNull();
	});
});
