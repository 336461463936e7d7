import { describe, expect, it } from 'vitest';
import { dataset } from '../../../tests/unit/loadData';
import { dataAsOf, headlineFigures } from './headlineFigures';

describe('headlineFigures', () => {
	it('headlineFigures(dataset) counts on the data’s own date, the newest treaty action', () => {
		const f = headlineFigures(dataset);
		expect(f.chosen).toBe(false);
		expect(f.asOf).toBe(dataAsOf(dataset));
		expect(f.events).toBe(dataset.events.length);
	});
	it('headlineFigures(dataset, asOf) counts Parties, events and sessions on the date set', () => {
		const f = headlineFigures(dataset, '2005-01-01');
		expect(f.chosen).toBe(true);
		expect(f.lastYear).toBe('2005');
		expect(f.copSessions).toBe(
			dataset.copSessions.filter((s) => s.startDate <= '2005-01-01').length
		);
		expect(f.events).toBeLessThan(dataset.events.length);
		const untoc = f.parties.find((p) => p.id === 'UNTOC');
		const deposits = dataset.treatyActions.filter(
			(a) => a.instrument === 'UNTOC' && a.consentDate !== null && a.consentDate <= '2005-01-01'
		).length;
		expect(untoc?.count.dated).toBe(deposits);
		// Numbers only: the page carries the figures for hydration.
		expect(JSON.stringify(f).length).toBeLessThan(1000);
	});
});
