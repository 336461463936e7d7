// The filters on the real dataset: the counts a reader sees for questions the data can answer.
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/lib/data/schema';
import { applyFilters, categoryCounts } from '../../src/lib/state/applyFilters';
import { DEFAULT_FILTERS, type Filters } from '../../src/lib/state/filters';
import { fromQuery } from '../../src/lib/state/url';
import { dataset } from './loadData';

const events = dataset.events;
const f = (fields: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...fields });
const ids = (fields: Partial<Filters>) => applyFilters(events, f(fields)).map((e) => e.id);

describe('applyFilters on the dataset', () => {
	it('applyFilters(events, DEFAULT_FILTERS) keeps every event', () => {
		expect(applyFilters(events, DEFAULT_FILTERS)).toEqual(events);
	});
	it('applyFilters(events, f) with the cop category keeps one event per COP session', () => {
		const cops = ids({ categories: ['cop'] });
		expect(cops).toEqual(dataset.copSessions.map((s) => s.eventId));
	});
	it('applyFilters(events, f) finds the travaux préparatoires when searched without the accent', () => {
		expect(ids({ q: 'travaux preparatoires' })).toEqual(['travaux-preparatoires-published-2006']);
	});
	it('applyFilters(events, f) over the year 2000 keeps the adoption and the Palermo conference', () => {
		const in2000 = ids({ window: { from: '2000-01-01', to: '2000-12-31' } });
		expect(in2000).toContain('ga-resolution-55-25');
		expect(in2000).toContain('palermo-signing-conference-2000');
		expect(in2000).toContain('ad-hoc-committee-completes-drafts-2000');
		expect(in2000).not.toContain('ad-hoc-committee-twelfth-session-2001');
	});
	it('categoryCounts(events, DEFAULT_FILTERS) adds up to the number of events', () => {
		const counts = categoryCounts(events, DEFAULT_FILTERS);
		expect(CATEGORY_IDS.reduce((sum, id) => sum + counts[id], 0)).toBe(events.length);
	});
	it('categoryCounts(events, f) for a category equals what ticking only it shows', () => {
		const filters = f({ window: { from: '1996-01-01', to: '2010-12-31' }, instruments: ['FIR'] });
		const counts = categoryCounts(events, filters);
		for (const id of CATEGORY_IDS) {
			expect(counts[id]).toBe(applyFilters(events, { ...filters, categories: [id] }).length);
		}
	});
	it('fromQuery(params, ctx) accepts every event id of the dataset', () => {
		const eventIds = new Set(events.map((e) => e.id));
		for (const id of eventIds) {
			expect(fromQuery(new URLSearchParams({ event: id }), { eventIds }).filters.event).toBe(id);
		}
	});
});
