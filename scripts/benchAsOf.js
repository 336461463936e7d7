// Part of npm run bench: how long recomputing every aggregate for a new as-of date takes, in Node, on
// the real data and on a synthetic dataset 100 times its size (scaleDataset: each participant copied
// 100 times with its dates shifted by up to ±180 days, inside the instruments' windows). Prints
// figures; asserts nothing.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { readDataDir } from './readDataDir.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const load = async (path) =>
	(await runnerImport(resolve(root, path), { configFile: false, logLevel: 'error' })).module;

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.floor((p / 100) * (xs.length - 1))];

export async function benchAsOf() {
	const { DATA_FILES } = await load('src/lib/data/dataset.ts');
	const { parseDataset } = await load('src/lib/data/parseDataset.ts');
	const { buildStatusIndex } = await load('src/lib/data/legalStatus.ts');
	const { countsOn, countsByGroup } = await load('src/lib/data/statusCounts.ts');
	const { fromDayNumber, dayNumber } = await load('src/lib/data/calendarDate.ts');
	const { scaleDataset } = await load('src/lib/data/scaleDataset.ts');
	const { dataset } = parseDataset(readDataDir(resolve(root, 'data'), DATA_FILES));
	const rows = [];
	for (const [label, d] of [
		['real', dataset],
		['100×', scaleDataset(dataset, 100)]
	]) {
		const groups = new Map(d.participants.map((p) => [p.iso3, p.group]));
		const groupOf = (id) => groups.get(id) ?? null;
		let t = performance.now();
		const index = buildStatusIndex(d);
		const build = performance.now() - t;
		const first = dayNumber('2000-11-15');
		const span = dayNumber('2025-04-09') - first;
		const times = [];
		let firstCall = 0;
		for (let i = 0; i < 100; i++) {
			const date = fromDayNumber(first + Math.floor((((i * 7919) % 100) / 100) * span));
			t = performance.now();
			countsOn(index, date);
			countsByGroup(index, date, groupOf);
			times.push(performance.now() - t);
			if (i === 0) firstCall = times[0];
		}
		// The first date also builds the per-index lookup tables; the others only search them.
		rows.push({
			label,
			records: d.treatyActions.length,
			build,
			firstCall,
			p50: pct(times.slice(1), 50),
			p95: pct(times.slice(1), 95)
		});
	}
	return rows;
}
