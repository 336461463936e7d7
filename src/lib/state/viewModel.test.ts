import { describe, expect, it } from 'vitest';
import { buildStatusIndex } from '$lib/data/legalStatus';
import { partyActions } from '$lib/data/partyActions';
import { action, event, instrument, participant, session } from '$fixtures/testFixtures';
import { DEFAULT_FILTERS, type Filters } from './filters';
import {
	highlightedEvents,
	laneCounts,
	linkedDate,
	markedParticipant,
	stopSources,
	timelineEvents,
	timelineLanes
} from './viewModel';

const f = (fields: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...fields });
const events = [
	event('geneva-1975', '1975-09-01', { category: 'congress', title: 'Fifth Congress' }),
	event('naples-1994', '1994-11-21', { category: 'congress', title: 'Naples' }),
	event('ga-1998', '1998-12', { category: 'general-assembly', instruments: ['UNTOC'] }),
	event('cop-1', '2004-06-28', { category: 'cop', instruments: ['TIP'] }),
	event('cop-2', '2005', { category: 'cop' })
];
const sessions = [session(1, { startDate: '2004-06-28' }), session(2, { eventId: null })];

describe('timelineEvents', () => {
	it('timelineEvents(events, f) ignores the window: it is the zoom, not a filter on the marks', () => {
		const ids = timelineEvents(events, f({ window: { from: '2004-01-01', to: '2004-12-31' } }));
		expect(ids.map((e) => e.id)).toEqual(events.map((e) => e.id));
	});
	it('timelineEvents(events, f) applies the other filters (search, categories, instruments)', () => {
		expect(timelineEvents(events, f({ q: 'naples' })).map((e) => e.id)).toEqual(['naples-1994']);
		expect(timelineEvents(events, f({ categories: ['cop'] })).map((e) => e.id)).toEqual([
			'cop-1',
			'cop-2'
		]);
		// An event about no particular instrument shows under any instrument filter.
		expect(timelineEvents(events, f({ instruments: ['UNTOC'] })).map((e) => e.id)).toEqual([
			'geneva-1975',
			'naples-1994',
			'ga-1998',
			'cop-2'
		]);
	});
});

describe('timelineLanes and laneCounts', () => {
	it('timelineLanes(categories) is every category in order when none is chosen, else the chosen ones', () => {
		expect(timelineLanes(null)).toHaveLength(9);
		expect(timelineLanes(['cop', 'congress'])).toEqual(['congress', 'cop']);
	});
	it('laneCounts(onTimeline, f) counts each lane’s events, whatever the category filter', () => {
		const shown = timelineEvents(events, f({ categories: ['cop'] }));
		const counts = laneCounts(shown, f({ categories: ['cop'] }));
		expect(counts.cop).toBe(2);
		expect(counts.congress).toBe(0);
		expect(laneCounts(events, f({})).congress).toBe(2);
	});
	it('laneCounts(onTimeline, f) counts what the window holds, as the categories menu does', () => {
		const w = { from: '1994-01-01', to: '1994-12-31' };
		expect(laneCounts(events, f({ window: w })).congress).toBe(1);
		expect(laneCounts(events, f({ window: { from: '2004-01-01', to: '2005-12-31' } })).cop).toBe(2);
		expect(laneCounts(events, f({ window: { from: '2004-01-01', to: '2004-12-31' } })).cop).toBe(1);
	});
});

describe('markedParticipant', () => {
	const people = [participant('ITA'), participant('ALB')];
	it('markedParticipant(ps, party, hover) is the selected one, even while another is hovered', () => {
		expect(markedParticipant(people, 'ITA', { kind: 'participant', id: 'ALB' })?.iso3).toBe('ITA');
	});
	it('markedParticipant(ps, null, hover) is the hovered participant, and nobody for other hovers', () => {
		expect(markedParticipant(people, null, { kind: 'participant', id: 'ALB' })?.iso3).toBe('ALB');
		expect(markedParticipant(people, null, { kind: 'event', id: 'cop-1' })).toBeNull();
		expect(markedParticipant(people, null, null)).toBeNull();
		expect(markedParticipant(people, 'XXX', null)).toBeNull();
	});
});

describe('highlightedEvents and linkedDate', () => {
	it('highlightedEvents(hover, sessions) names the hovered event, or a hovered session’s event', () => {
		expect([...highlightedEvents({ kind: 'event', id: 'naples-1994' }, sessions)]).toEqual([
			'naples-1994'
		]);
		expect([...highlightedEvents({ kind: 'session', n: 1 }, sessions)]).toEqual(['cop-1']);
		expect([...highlightedEvents({ kind: 'session', n: 2 }, sessions)]).toEqual([]);
		expect([...highlightedEvents({ kind: 'date', date: '2004-01-01' }, sessions)]).toEqual([]);
		expect([...highlightedEvents(null, sessions)]).toEqual([]);
	});
	it.each([
		[{ kind: 'date', date: '2010-01-01' }, '2010-01-01'],
		[{ kind: 'session', n: 1 }, '2004-06-28'],
		[{ kind: 'session', n: 7 }, null],
		[{ kind: 'event', id: 'naples-1994' }, '1994-11-21'],
		[{ kind: 'event', id: 'ga-1998' }, null],
		[{ kind: 'event', id: 'cop-2' }, null],
		[{ kind: 'participant', id: 'ITA' }, null],
		[null, null]
	] as const)('linkedDate(%o) is %s', (hover, want) => {
		expect(linkedDate(hover, sessions, events)).toBe(want);
	});
});

describe('partyActions', () => {
	const dataset = {
		instruments: [
			instrument('UNTOC'),
			instrument('TIP', {}, 'UNTOC'),
			instrument('SOM', {}, 'UNTOC'),
			instrument('FIR', {}, 'UNTOC')
		],
		participants: [participant('ITA'), participant('ALB')],
		treatyActions: [
			action('ITA', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2006-08-02' }),
			action('ITA', 'TIP', { signatureDate: '2000-12-12', dateEarliest: '2006-01-01' }),
			action('ALB', 'TIP', { consentDate: '2002-08-21' })
		]
	};
	const index = buildStatusIndex(dataset);
	const names = new Map([
		['UNTOC', 'Convention'],
		['TIP', 'Trafficking in Persons Protocol']
	] as const);
	it('partyActions(index, p, names) lists its signatures and dated deposits, in words', () => {
		const got = partyActions(index, { iso3: 'ITA', name: 'Italy' }, names);
		expect(got.map((a) => [a.id, a.kind, new Date(a.t).toISOString().slice(0, 10)])).toEqual([
			['UNTOC', 'signature', '2000-12-12'],
			['UNTOC', 'deposit', '2006-08-02'],
			['TIP', 'signature', '2000-12-12']
		]);
		expect(got[1]?.label).toBe('Italy becomes a Party to the Convention, 2 August 2006');
	});
	it('partyActions(index, p, names) is empty for a participant with no rows', () => {
		expect(partyActions(index, { iso3: 'FRA', name: 'France' }, names)).toEqual([]);
	});
});

describe('stopSources', () => {
	const a = { title: 'A', url: 'https://example.org/a' };
	const b = { title: 'B', publication: 'P' };
	const evs = [
		event('x', '2000', { sources: [a, b] }),
		event('y', '2001', { sources: [a] }),
		event('z', '2002', { sources: [{ title: 'C', url: 'https://example.org/c' }] })
	];
	it('stopSources(ids, events) lists each source once, in the order the stop cites its events', () => {
		expect(stopSources(['y', 'x', 'z'], evs).map((s) => s.title)).toEqual(['A', 'B', 'C']);
	});
	it('stopSources(ids, events) skips an id that names no event', () => {
		expect(stopSources(['nope', 'z'], evs).map((s) => s.title)).toEqual(['C']);
	});
});
