import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '$lib/state/filters';
import { dataset } from '../../../tests/unit/loadData';
import { defaultView, stopDraft } from './stopDraft';

const f = (patch: Partial<typeof DEFAULT_FILTERS>) => ({ ...DEFAULT_FILTERS, ...patch });

describe('stopDraft', () => {
	it('stopDraft(d, f, view) takes the selected event: its title, description, id and the query', () => {
		const e = dataset.events.find((x) => x.id === 'palermo-signing-conference-2000')!;
		const d = stopDraft(
			dataset,
			f({ event: e.id, window: { from: '2000-01-01', to: '2001-12-31' } }),
			'timeline'
		);
		expect(d).toMatchObject({ title: e.title, narration: e.description, events: [e.id] });
		expect(d.query).toBe('from=2000&to=2001&event=palermo-signing-conference-2000');
	});

	it('stopDraft(d, f, view) takes a selected COP session and its event; defaultView picks the sessions', () => {
		const s = dataset.copSessions.find((x) => x.session === 4)!;
		const d = stopDraft(dataset, f({ cop: 4 }), defaultView(f({ cop: 4 })));
		expect(d.view).toBe('cop-sessions');
		expect(d.title).toBe(s.name);
		expect(d.events).toEqual([s.eventId]);
		expect(d.query).toBe('cop=4');
	});

	it('stopDraft(d, f, "ratifications") with nothing selected proposes the entries into force and signatures in view', () => {
		const d = stopDraft(dataset, f({ measure: 'in-force' }), 'ratifications');
		expect(d.title).toBe('Parties over time, 1975–2024');
		expect(d.events.length).toBeGreaterThan(0);
		for (const id of d.events) {
			expect(['entry-into-force', 'signature']).toContain(
				dataset.events.find((e) => e.id === id)?.category
			);
		}
		expect(d.query).toBe('measure=in-force');
	});

	it('stopDraft(d, f, "timeline") proposes no events when too many are in view, leaving the pick to the presenter', () => {
		const d = stopDraft(dataset, f({}), 'timeline');
		expect(d.events).toEqual([]);
		expect(d.choices).toHaveLength(dataset.events.length);
	});

	it('stopDraft(d, f, view) offers every event to pick from when none is in view', () => {
		const d = stopDraft(dataset, f({ q: 'zzzz-nothing' }), 'timeline');
		expect(d.events).toEqual([]);
		expect(d.choices).toHaveLength(dataset.events.length);
	});
});
