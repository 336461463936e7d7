// data/state-positions.csv is computed, not typed in: the positions of the States the map's atlas does
// not draw, from Natural Earth's 1:10m countries. This suite recomputes it and checks that every State
// the map needs a dot for has a position, so a change of atlas or of participants cannot leave a State
// off the map unseen.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atlas, expectedCsv, readStates, statePositions } from '../../scripts/statePositions.js';
import { dataDir, dataset } from './loadData';

describe('data/state-positions.csv', () => {
	it('statePositions(states, 110m, 10m) gives exactly the file (run node scripts/statePositions.js to update it)', () => {
		const { csv, missing } = expectedCsv();
		expect(missing).toEqual([]);
		expect(readFileSync(`${dataDir}state-positions.csv`, 'utf8')).toBe(csv);
	});

	it('statePositions gives a position for every State the 1:110m atlas does not draw, and only for them', () => {
		const drawn = new Set(
			(
				atlas('countries-110m.json') as {
					objects: { countries: { geometries: { id?: string }[] } };
				}
			).objects.countries.geometries.map((g) => g.id)
		);
		const undrawn = dataset.participants
			.filter((p) => p.kind === 'state' && !drawn.has(p.m49 ?? ''))
			.map((p) => p.iso3);
		expect(dataset.statePositions.map((s) => s.iso3)).toEqual(undrawn);
		for (const iso3 of ['NRU', 'TUV', 'MCO', 'SMR', 'LIE', 'KNA', 'VAT', 'SGP', 'MLT'])
			expect(undrawn).toContain(iso3);
	});

	it('statePositions puts each State inside the right part of the world', () => {
		const at = new Map(dataset.statePositions.map((s) => [s.iso3, s]));
		// Monaco and San Marino in southern Europe; Nauru and Tuvalu in the Pacific near the equator.
		expect(at.get('MCO')).toMatchObject({ longitude: 7.4, latitude: 43.74 });
		expect(at.get('SMR')?.longitude).toBeCloseTo(12.44, 1);
		expect(at.get('NRU')?.latitude).toBeGreaterThan(-1);
		expect(at.get('TUV')?.longitude).toBeGreaterThan(175);
		for (const s of dataset.statePositions) expect(s.source).toMatch(/Natural Earth.*https:\/\//);
	});

	it('statePositions(states, drawn, detailed) names a State that neither atlas has', () => {
		const empty = {
			type: 'Topology',
			objects: { countries: { type: 'GeometryCollection', geometries: [] } },
			arcs: []
		};
		const r = statePositions(
			[...readStates().slice(0, 1), { iso3: 'EUU', m49: null, kind: 'reio' }],
			empty,
			empty
		);
		expect(r.positions).toEqual([]);
		expect(r.missing).toEqual(['AFG']);
	});
});
