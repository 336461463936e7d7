// node scripts/benchSearch.js: how long the free-text search takes to filter events, COP sessions and
// participants, in Node, on the real data and on 100× data (scaleDataset). "before" replays the old
// path (matchesQuery per record: the query parsed and every text folded on every call); "after" is
// applyFilters / filterSessions / filterParticipants as the app calls them, the first change (which
// folds each record once) reported apart from the later ones. Prints figures; asserts nothing.
import { resolve } from 'node:path';
import { importTs as load, root } from './importTs.js';
import { readDataDir } from './readDataDir.js';

const QUERIES = [
	'vienna',
	'palermo 2000',
	'cop 1',
	'côte d’ivoire',
	'conference parties 2004',
	'x'
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

function time(fn, runs) {
	const ms = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		ms.push(performance.now() - t);
	}
	return ms;
}

const { DATA_FILES } = await load('src/lib/data/dataset.ts');
const { parseDataset } = await load('src/lib/data/parseDataset.ts');
const { buildStatusIndex } = await load('src/lib/data/legalStatus.ts');
const { scaleDataset } = await load('tests/fixtures/scaleDataset.ts');
const { DEFAULT_FILTERS } = await load('src/lib/state/filters.ts');
const { matchesQuery } = await load('src/lib/data/textSearch.ts');
const { applyFilters, filterSessions, filterParticipants, sessionSearchText } = await load(
	'src/lib/state/applyFilters.ts'
);
const { dataset } = parseDataset(readDataDir(resolve(root, 'data'), DATA_FILES));

for (const [label, d] of [
	['1×', dataset],
	['100×', scaleDataset(dataset, 100)]
]) {
	const index = buildStatusIndex(d);
	const before = (q) => {
		d.events.filter((e) => matchesQuery([e.title, e.description, e.location], q));
		d.copSessions.filter((s) => matchesQuery(sessionSearchText(s), q));
		d.participants.filter((p) => matchesQuery([p.name], q));
	};
	const after = (q) => {
		const f = { ...DEFAULT_FILTERS, q };
		applyFilters(d.events, f);
		filterSessions(d.copSessions, f);
		filterParticipants(d.participants, index, f);
	};
	const runs = label === '1×' ? 50 : 5;
	const first = time(() => after(QUERIES[0]), 1)[0];
	const b = QUERIES.flatMap((q) => time(() => before(q), runs));
	const a = QUERIES.flatMap((q) => time(() => after(q), runs));
	console.log(
		`search ${label} (${d.events.length} events, ${d.copSessions.length} sessions, ${d.participants.length} participants): ` +
			`before median ${median(b).toFixed(2)} ms, max ${Math.max(...b).toFixed(2)} ms; ` +
			`after first change ${first.toFixed(2)} ms, then median ${median(a).toFixed(2)} ms, max ${Math.max(...a).toFixed(2)} ms`
	);
}
