import { describe, expect, it } from 'vitest';
import { event as ev } from '$fixtures/testFixtures';
import { applyFilters, categoryCounts } from './applyFilters';
import { DEFAULT_FILTERS, type Filters } from './filters';

const events = [
	ev('naples', '1994-11-21', { endDate: '1994-11-23', category: 'other', location: 'Naples' }),
	ev('dakar', '1997', { instruments: ['UNTOC'], location: 'Dakar, Sénégal' }),
	ev('palermo', '2000-12-12', {
		endDate: '2000-12-15',
		category: 'signature',
		instruments: ['UNTOC', 'TIP', 'SOM'],
		title: 'Palermo signing conference'
	}),
	ev('fir', '2001-05-31', { category: 'general-assembly', instruments: ['FIR'] }),
	ev('cop-1', '2004-06-28', {
		endDate: '2004-07-08',
		category: 'cop',
		instruments: ['UNTOC', 'TIP', 'SOM'],
		description: 'First session of the Conference of the Parties',
		location: 'Vienna, Austria'
	}),
	ev('cop-2', '2005-10', { category: 'cop', instruments: ['FIR'], location: 'Vienna, Austria' })
];

const f = (fields: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...fields });
const ids = (fields: Partial<Filters>) => applyFilters(events, f(fields)).map((e) => e.id);

describe('applyFilters', () => {
	it('applyFilters(events, DEFAULT_FILTERS) keeps every event in input order', () => {
		expect(ids({})).toEqual(['naples', 'dakar', 'palermo', 'fir', 'cop-1', 'cop-2']);
	});
	it.each([
		['a window inside a multi-day event', { from: '1994-11-22', to: '1994-11-22' }, ['naples']],
		['a window on the last day of a range', { from: '2004-07-08', to: '2004-12-31' }, ['cop-1']],
		['a window ending the day before an event', { from: '2000-01-01', to: '2000-12-11' }, []],
		['a window inside a year-precision date', { from: '1997-06-01', to: '1997-06-30' }, ['dakar']],
		[
			'a window on the last day of a month date',
			{ from: '2005-10-31', to: '2005-11-30' },
			['cop-2']
		],
		['a window starting the day after a month date', { from: '2005-11-01', to: '2024-12-31' }, []]
	])('applyFilters(events, f) with %s keeps what overlaps it', (_, window, expected) => {
		expect(ids({ window })).toEqual(expected);
	});
	it('applyFilters(events, f) keeps only the selected categories', () => {
		expect(ids({ categories: ['cop', 'signature'] })).toEqual(['palermo', 'cop-1', 'cop-2']);
		expect(ids({ categories: [] })).toEqual([]);
	});
	it('applyFilters(events, f) keeps events sharing an instrument with the selection', () => {
		expect(ids({ instruments: ['FIR'] })).toEqual(['naples', 'fir', 'cop-2']);
		expect(ids({ instruments: ['TIP', 'FIR'] })).toEqual([
			'naples',
			'palermo',
			'fir',
			'cop-1',
			'cop-2'
		]);
	});
	it('applyFilters(events, f) keeps events tagged with no instrument whatever the instrument filter', () => {
		expect(ids({ instruments: [] })).toEqual(['naples']);
	});
	it('applyFilters(events, f) searches title, description and location without regard to accents', () => {
		expect(ids({ q: 'senegal' })).toEqual(['dakar']);
		expect(ids({ q: 'PALERMO' })).toEqual(['palermo']);
		expect(ids({ q: 'vienna parties' })).toEqual(['cop-1']);
	});
	it.each([
		['palermo 2000', ['palermo']],
		['1994', ['naples']],
		['2005', ['cop-2']],
		['vienna 2004', ['cop-1']],
		['vienna 2003', []]
	])(
		'applyFilters(events, q %j) matches a four-digit term to the year of the date',
		(q, expected) => {
			expect(ids({ q })).toEqual(expected);
		}
	);
	it('applyFilters(events, f) gives the same result when the same records are searched again', () => {
		expect(ids({ q: 'vienna' })).toEqual(['cop-1', 'cop-2']);
		expect(ids({ q: 'vienna' })).toEqual(['cop-1', 'cop-2']);
		expect(ids({ q: 'austria first' })).toEqual(['cop-1']);
	});
	it('applyFilters(events, f) keeps only events passing every filter at once', () => {
		const window = { from: '2000-01-01', to: '2005-12-31' };
		expect(ids({ window, instruments: ['FIR'], q: 'vienna' })).toEqual(['cop-2']);
	});
	it('applyFilters(events, f) does not change its input', () => {
		const filters = f({ categories: ['cop'], instruments: ['FIR'], q: 'vienna' });
		const before = structuredClone({ events, filters });
		applyFilters(events, filters);
		expect({ events, filters }).toStrictEqual(before);
	});
});

describe('categoryCounts', () => {
	it('categoryCounts(events, f) counts every category, with 0 for the absent ones', () => {
		expect(categoryCounts(events, DEFAULT_FILTERS)).toEqual({
			congress: 0,
			'general-assembly': 1,
			negotiation: 0,
			signature: 1,
			'entry-into-force': 0,
			cop: 2,
			'working-group': 0,
			'review-mechanism': 0,
			other: 2
		});
	});
	it('categoryCounts(events, f) counts unticked categories as if they were ticked', () => {
		const counts = categoryCounts(events, f({ categories: ['cop'] }));
		expect(counts.other).toBe(2);
		expect(counts.signature).toBe(1);
	});
	it('categoryCounts(events, f) applies every other filter', () => {
		const counts = categoryCounts(events, f({ window: { from: '2004-01-01', to: '2004-12-31' } }));
		expect(counts.cop).toBe(1);
		expect(counts.other).toBe(0);
		expect(categoryCounts(events, f({ q: 'naples' })).other).toBe(1);
		expect(categoryCounts(events, f({ instruments: ['FIR'] })).cop).toBe(1);
	});
});
