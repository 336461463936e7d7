// The page model keys each derived value on the filter fields its function reads (slicer): on the real
// dataset, after every one of a seeded run of filter changes, each value it holds is the one the pure
// function gives on the whole filter state, so a slice that leaves out a field its function reads
// fails here. Vitest compiles the model for the server, where nothing is memoised by reactivity; the
// slices' own reuse is what keeps a value from one state to the next.
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber } from '../../src/lib/data/calendarDate';
import { buildStatusIndex, STATUS_FILTERS } from '../../src/lib/data/legalStatus';
import { CATEGORY_IDS, GROUP_IDS, INSTRUMENT_IDS, MEASURES } from '../../src/lib/data/schema';
import { seededRandom } from '../../src/lib/data/seededRandom';
import {
	aliasIndex,
	applyFilters,
	categoryCounts,
	filterParticipants,
	filterSessions,
	partiesCount,
	withStatus
} from '../../src/lib/state/applyFilters';
import { AS_OF_SPAN, DEFAULT_FILTERS, TIMELINE_SPAN } from '../../src/lib/state/filters';
import { FilterState } from '../../src/lib/state/filters.svelte';
import { PageModel, slicer } from '../../src/lib/state/pageModel.svelte';
import { laneCounts, timelineEvents } from '../../src/lib/state/viewModel';
import { dataset } from './loadData';

describe('slicer(keys)', () => {
	it('keeps only the fields it is given, the rest at their defaults', () => {
		const slice = slicer(['window', 'q']);
		const window = { from: '2000-01-01', to: '2004-12-31' };
		expect(slice({ ...DEFAULT_FILTERS, window, q: 'vienna', measure: 'signatories' })).toEqual({
			...DEFAULT_FILTERS,
			window,
			q: 'vienna'
		});
	});
	it('hands back the same object while its fields are alike, a new one when one changes', () => {
		const slice = slicer(['window', 'groups']);
		const a = slice({ ...DEFAULT_FILTERS, window: { from: '2000-01-01', to: '2004-12-31' } });
		const b = slice({
			...DEFAULT_FILTERS,
			window: { from: '2000-01-01', to: '2004-12-31' },
			asOf: '2010-01-01',
			q: 'x'
		});
		expect(b).toBe(a);
		const c = slice({ ...DEFAULT_FILTERS, window: { from: '2000-01-01', to: '2005-12-31' } });
		expect(c).not.toBe(a);
		expect(c.window).toEqual({ from: '2000-01-01', to: '2005-12-31' });
		const d = slice({ ...c, groups: ['AFR'] });
		expect(d).not.toBe(c);
		expect(slice({ ...d, groups: ['AFR'] })).toBe(d);
	});
});

describe('PageModel on the real dataset', () => {
	const index = buildStatusIndex(dataset);
	const aliases = aliasIndex(dataset.participantAliases);
	const rnd = seededRandom(15);
	const some = <T>(xs: readonly T[]): T[] | null =>
		rnd() < 0.3 ? null : xs.filter(() => rnd() < 0.5);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
	const day = (span: { from: string; to: string }) =>
		fromDayNumber(
			dayNumber(span.from) + Math.floor(rnd() * (dayNumber(span.to) - dayNumber(span.from) + 1))
		);
	const changes: ((s: FilterState) => void)[] = [
		(s) => {
			const [a, b] = [day(TIMELINE_SPAN), day(TIMELINE_SPAN)].sort() as [string, string];
			s.setWindow(rnd() < 0.2 ? null : { from: a, to: b });
		},
		(s) => s.toggleCategory(pick(CATEGORY_IDS)),
		(s) => s.toggleInstrument(pick(INSTRUMENT_IDS)),
		(s) => s.setCategories(some(CATEGORY_IDS)),
		(s) =>
			s.setQuery(pick(['', '', 'vienna', 'protocol', 'trafficking', 'garcia', 'france', '2003'])),
		(s) => s.setGroups(some(GROUP_IDS)),
		(s) => s.setMeasure(pick(MEASURES)),
		(s) => s.setAsOf(rnd() < 0.2 ? null : day(AS_OF_SPAN)),
		(s) => s.setJoinedInWindow(rnd() < 0.5),
		(s) => s.setStatusFilter(rnd() < 0.3 ? null : pick(STATUS_FILTERS), pick(INSTRUMENT_IDS)),
		(s) => s.select(rnd() < 0.5 ? null : pick(dataset.events).id)
	];

	it('after each of 300 seeded filter changes, every derived list and count is that of the whole filter state', () => {
		const state = new FilterState();
		const model = new PageModel(dataset, state);
		let asOfChanged = 0;
		for (let i = 0; i < 300; i++) {
			const before = state.snapshot();
			pick(changes)(state);
			const f = state.snapshot();
			if (f.asOf !== before.asOf) asOfChanged += 1;
			const asOf = f.asOf ?? model.dataAsOf;
			const shown = applyFilters(dataset.events, f);
			const onTimeline = timelineEvents(dataset.events, f);
			const participants = filterParticipants(dataset.participants, index, f, aliases);
			const at = `change ${i}: ${JSON.stringify(f)}`;
			expect(model.shown, at).toEqual(shown);
			expect(model.onTimeline, at).toEqual(onTimeline);
			expect(model.laneCounts, at).toEqual(laneCounts(onTimeline, f));
			expect(model.categoryCounts, at).toEqual(categoryCounts(dataset.events, f));
			expect(model.sessions, at).toEqual(filterSessions(dataset.copSessions, f));
			expect(model.participants, at).toEqual(participants);
			expect(model.tableParticipants, at).toEqual(withStatus(participants, index, f, asOf));
			const searched = filterParticipants(
				dataset.participants,
				index,
				{ ...f, joinedInWindow: false },
				aliases
			);
			expect(model.parties, at).toEqual(partiesCount(searched, index, f, asOf));
		}
		// The run reaches the states the slices tell apart.
		expect(asOfChanged).toBeGreaterThan(10);
	});
});
