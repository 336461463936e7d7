import atlas from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../tests/unit/loadData';
import { atlasCountries, mapScene } from './worldScene';

const countries = atlasCountries(atlas as unknown as Topology);
const states = dataset.participants.filter((p) => p.kind === 'state');
const scene = (width: number) => mapScene(countries, states, dataset.statePositions, width);

describe('atlasCountries', () => {
	it('atlasCountries(topology) keeps every country but Antarctica, with its M49 code or null', () => {
		expect(countries.some((c) => c.m49 === '010')).toBe(false);
		expect(countries.find((c) => c.m49 === '380')?.name).toBe('Italy');
		// Areas with no code of their own: drawn, joined to nothing.
		expect(
			countries
				.filter((c) => c.m49 === null)
				.map((c) => c.name)
				.sort()
		).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
	});
});

describe('mapScene', () => {
	const s = scene(900);
	it('mapScene(...) puts every State on the map exactly once, as a shape or a dot or both', () => {
		const onMap = new Set([...s.shapes.map((x) => x.iso3), ...s.dots.map((d) => d.iso3)]);
		onMap.delete(null);
		expect([...onMap].sort()).toEqual(states.map((p) => p.iso3).sort());
		expect(new Set(s.places.map((p) => p.id)).size).toBe(states.length);
		expect(s.places).toHaveLength(states.length);
	});
	it('mapScene(...) joins shapes to States by M49 code and leaves other areas without a State', () => {
		expect(s.shapes.find((x) => x.iso3 === 'ITA')?.name).toBe('Italy');
		for (const name of ['Taiwan', 'W. Sahara', 'Greenland', 'Kosovo', 'Somaliland'])
			expect(s.shapes.find((x) => x.name === name)?.iso3, name).toBeNull();
		expect(new Set(s.shapes.map((x) => x.key)).size).toBe(s.shapes.length);
	});
	it('mapScene(...) gives a dot to each State the atlas does not draw, and to those drawn too small', () => {
		const dotted = new Set(s.dots.map((d) => d.iso3));
		for (const p of dataset.statePositions) expect(dotted.has(p.iso3), p.iso3).toBe(true);
		for (const d of s.dots) {
			const shape = s.shapes.find((x) => x.iso3 === d.iso3);
			if (shape) expect(shape.size).toBeLessThan(5);
		}
		expect(dotted.has('ITA')).toBe(false);
	});
	it('mapScene(...) keeps dots apart so each can be seen and clicked', () => {
		for (const a of s.dots)
			for (const b of s.dots)
				if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(2 * s.radius + 0.5);
	});
	it('mapScene(...) fits the map to the width, with a height in the proportions of Equal Earth', () => {
		for (const w of [390, 900, 1400]) {
			const m = scene(w);
			expect(m.width).toBe(w);
			expect(m.height / w).toBeGreaterThan(0.4);
			expect(m.height / w).toBeLessThan(0.52);
			for (const d of m.dots) {
				expect(d.x).toBeGreaterThanOrEqual(0);
				expect(d.x).toBeLessThanOrEqual(w);
			}
		}
	});
	it('mapScene(...) places a State west of another when it lies west (Monaco west of San Marino)', () => {
		const dot = (id: string) => s.dots.find((d) => d.iso3 === id)!;
		expect(dot('MCO').anchorX).toBeLessThan(dot('SMR').anchorX);
		expect(dot('NRU').anchorY).toBeLessThan(dot('TUV').anchorY);
	});
	it('a shape’s rings are its projected outline, for hatching', () => {
		const italy = s.shapes.find((x) => x.iso3 === 'ITA')!;
		const rings = italy.rings();
		expect(rings.length).toBeGreaterThanOrEqual(2); // the mainland, Sicily, Sardinia
		const xs = rings.flat().map(([x]) => x);
		expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(italy.size, -1);
	});
});
