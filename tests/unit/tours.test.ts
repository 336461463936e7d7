// The tours in data/tours are data like the rest: every stop's view must be a valid filter state and
// every event it cites must exist, with sources.
import { describe, expect, it } from 'vitest';
import { fromQuery } from '../../src/lib/state/url';
import { dataset } from './loadData';

const ctx = {
	eventIds: new Set(dataset.events.map((e) => e.id)),
	participantIds: new Set(dataset.participants.map((p) => p.iso3)),
	copSessions: new Set(dataset.copSessions.map((s) => s.session))
};

describe('tours', () => {
	it('the default tour "From Geneva 1975 to Vienna 2024" has about twelve stops', () => {
		const tour = dataset.tours.find((t) => t.id === 'from-geneva-to-vienna');
		expect(tour?.title).toBe('From Geneva 1975 to Vienna 2024');
		expect(tour?.stops.length).toBe(13);
	});
	for (const tour of dataset.tours) {
		tour.stops.forEach((stop, i) => {
			it(`${tour.id} stop ${i + 1} ("${stop.title}") is a valid view whose events have sources`, () => {
				expect(fromQuery(new URLSearchParams(stop.query), ctx).ignored).toEqual([]);
				// The presenter's notes are their own words, not the narration read out again.
				expect(stop.notes?.length ?? 0).toBeGreaterThan(40);
				expect(stop.notes).not.toBe(stop.narration);
				for (const id of stop.events) {
					const e = dataset.events.find((x) => x.id === id);
					expect(e?.sources.length).toBeGreaterThan(0);
				}
			});
		});
	}
});
