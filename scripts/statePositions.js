#!/usr/bin/env node
// node scripts/statePositions.js [--check]: writes data/state-positions.csv, the position of every State
// that the map's atlas (world-atlas countries-110m.json, Natural Earth 1:110m) does not draw, so the map
// can show it as a dot. Each position is the centroid of the State's largest polygon in Natural Earth's
// 1:10m countries (world-atlas countries-10m.json, which draws every State in data/participants.csv),
// rounded to 0.01°. With --check it only compares the file with a fresh computation (exit 1 if they
// differ). tests/unit/statePositions.test.ts runs the same comparison.
import { geoArea, geoCentroid } from 'd3-geo';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), '../..');

export const POSITIONS_FILE = 'state-positions.csv';
export const METHOD = 'centroid of the largest polygon (Natural Earth 1:10m)';
export const SOURCE_TITLE =
	'Natural Earth 4.1.0, Admin 0 – Countries, 1:10m (public domain), as packaged in world-atlas 2.0.2, countries-10m.json';
export const SOURCE_URL = 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/';
export const HEADER = 'iso3,longitude,latitude,method,source_title,source_url';

/**
 * @typedef {{ iso3: string, m49: string | null, kind: string }} StateRow
 * @typedef {{ iso3: string, longitude: number, latitude: number }} Position
 */

/** @param {any} topology @returns {any[]} the countries of a world-atlas topology, as GeoJSON features */
const countries = (topology) =>
	/** @type {any} */ (feature(topology, topology.objects.countries)).features;

/** @param {any} f @returns {any} the largest polygon of a feature, by area on the sphere */
function largestPolygon(f) {
	const g = f.geometry;
	if (g.type === 'Polygon') return g;
	let best = null;
	let bestArea = -1;
	for (const coordinates of g.coordinates) {
		const polygon = /** @type {any} */ ({ type: 'Polygon', coordinates });
		const area = geoArea(polygon);
		if (area > bestArea) [best, bestArea] = [polygon, area];
	}
	return best;
}

const round = (/** @type {number} */ n) => Math.round(n * 100) / 100;

/**
 * statePositions(states, drawn, detailed): for each State (kind `state`, with an M49 code) that has no
 * feature in `drawn`, the centroid of its largest polygon in `detailed`, in the order of `states`.
 * A State `detailed` does not have either is returned in `missing`.
 * @param {StateRow[]} states
 * @param {any} drawn
 * @param {any} detailed
 * @returns {{ positions: Position[], missing: string[] }}
 */
export function statePositions(states, drawn, detailed) {
	const drawnIds = new Set(countries(drawn).map((f) => f.id));
	const byId = new Map();
	for (const f of countries(detailed)) if (f.id !== undefined && !byId.has(f.id)) byId.set(f.id, f);
	/** @type {Position[]} */
	const positions = [];
	/** @type {string[]} */
	const missing = [];
	for (const s of states) {
		if (s.kind !== 'state' || !s.m49 || drawnIds.has(s.m49)) continue;
		const f = byId.get(s.m49);
		if (!f) {
			missing.push(s.iso3);
			continue;
		}
		const [longitude, latitude] = geoCentroid(largestPolygon(f));
		positions.push({ iso3: s.iso3, longitude: round(longitude), latitude: round(latitude) });
	}
	return { positions, missing };
}

/** @param {Position[]} positions @returns {string} the CSV file */
export function positionsCsv(positions) {
	const q = (/** @type {string} */ s) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
	const rows = positions.map((p) =>
		[p.iso3, p.longitude.toFixed(2), p.latitude.toFixed(2), METHOD, SOURCE_TITLE, SOURCE_URL]
			.map(q)
			.join(',')
	);
	return [HEADER, ...rows].join('\n') + '\n';
}

/** @returns {StateRow[]} the participants of data/participants.csv (the three columns used here) */
export function readStates(dir = resolve(root, 'data')) {
	const [head, ...lines] = readFileSync(resolve(dir, 'participants.csv'), 'utf8')
		.trim()
		.split('\n');
	const cols = (head ?? '').split(',');
	const at = (/** @type {string} */ name) => cols.indexOf(name);
	return lines.map((line) => {
		const cells = line.split(',');
		return {
			iso3: cells[at('iso3')] ?? '',
			m49: cells[at('m49')] || null,
			kind: cells[at('kind')] ?? ''
		};
	});
}

/** @param {string} name @returns {any} a world-atlas file */
export const atlas = (name) => require(`world-atlas/${name}`);

/** expectedCsv(): the file as a fresh computation gives it. */
export function expectedCsv() {
	const { positions, missing } = statePositions(
		readStates(),
		atlas('countries-110m.json'),
		atlas('countries-10m.json')
	);
	return { csv: positionsCsv(positions), positions, missing };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { csv, positions, missing } = expectedCsv();
	const file = resolve(root, 'data', POSITIONS_FILE);
	if (missing.length) console.warn(`statePositions: no 1:10m feature for ${missing.join(', ')}`);
	if (process.argv.includes('--check')) {
		const same = readFileSync(file, 'utf8') === csv;
		console.log(`statePositions: data/${POSITIONS_FILE} ${same ? 'is' : 'is NOT'} up to date`);
		process.exitCode = same ? 0 : 1;
	} else {
		writeFileSync(file, csv);
		console.log(`statePositions: wrote ${positions.length} positions to data/${POSITIONS_FILE}`);
	}
}
