// Part of npm run bench: how long recomputing every aggregate for a new as-of date takes, in Node, on
// the real data and on a synthetic dataset 100 times its size (scaleDataset: each participant copied
// 100 times with its dates shifted by up to ±180 days, inside the instruments' windows). Prints
// figures; asserts nothing.
import { resolve } from 'node:path';
import { importTs as load, root } from './importTs.js';
import { readDataDir } from './readDataDir.js';

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.floor((p / 100) * (xs.length - 1))];

export async function benchAsOf() {
	const { DATA_FILES } = await load('src/lib/data/dataset.ts');
	const { parseDataset } = await load('src/lib/data/parseDataset.ts');
	const { buildStatusIndex } = await load('src/lib/data/legalStatus.ts');
	const { countsOn, countsByGroup } = await load('src/lib/data/statusCounts.ts');
	const { fromDayNumber, dayNumber } = await load('src/lib/data/calendarDate.ts');
	const { scaleDataset } = await load('tests/fixtures/scaleDataset.ts');
	const { AS_OF_SPAN } = await load('src/lib/state/filters.ts');
	const { dataAsOf } = await load('src/lib/data/headlineFigures.ts');
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
		// As-of dates from the Convention's adoption to the newest record of the real data.
		const first = dayNumber(AS_OF_SPAN.from);
		const span = dayNumber(dataAsOf(dataset)) - first;
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
