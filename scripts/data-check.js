#!/usr/bin/env node
// npm run data:check [dir]: validates every file in data/ (or dir) and prints every problem at once as
// "file › record › field: message"; exits 1 if there is any. It runs the app's own parsers (TypeScript,
// loaded through Vite) so the check and the app can never disagree. It never throws: a fault of its
// own (the parser fails to load, say) is one line and exit code 2, never a stack trace.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { readDataDir } from './readDataDir.js';

/** One line about an error of ours, with no stack and no raw control characters. */
function internal(/** @type {unknown} */ e) {
	const text = e instanceof Error ? e.message : String(e);
	const line = (text.split('\n').find((l) => l.trim()) ?? 'unknown fault')
		// eslint-disable-next-line no-control-regex -- Vite colours its errors; the colour codes go.
		.replace(/\x1b\[[0-9;]*m/g, '')
		.replace(
			/[\p{Cc}\p{Cf}]/gu,
			(c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`
		)
		.slice(0, 200);
	console.error(
		`data:check: could not run the check (a fault in the checker, not in the data): ${line}`
	);
	process.exit(2);
}
process.on('uncaughtException', internal);
process.on('unhandledRejection', internal);

const root = resolve(fileURLToPath(import.meta.url), '../..');
/** @param {string} path */
const load = async (path) =>
	(await runnerImport(resolve(root, path), { configFile: false, logLevel: 'error' })).module;

async function main() {
	const dir = resolve(process.argv[2] ?? resolve(root, 'data'));
	let isFolder = false;
	try {
		isFolder = statSync(dir).isDirectory();
	} catch {
		// reported just below
	}
	/** @type {typeof import('../src/lib/data/problems')} */
	const { formatProblem, shown } = await load('src/lib/data/problems.ts');
	if (!isFolder) {
		console.error(`data:check: ${shown(dir, 200)} is not a folder`);
		return 1;
	}
	/** @type {typeof import('../src/lib/data/parseDataset')} */
	const { parseDataset } = await load('src/lib/data/parseDataset.ts');
	/** @type {typeof import('../src/lib/data/dataset')} */
	const { DATA_FILES, DATA_LIMITS } = await load('src/lib/data/dataset.ts');

	const files = readDataDir(dir, DATA_FILES, { maxBytes: DATA_LIMITS.fileBytes });
	const { dataset, problems, notices } = parseDataset(files);
	for (const n of notices) console.warn(`notice: ${formatProblem(n)}`);
	if (problems.length > 0) {
		for (const p of problems) console.error(formatProblem(p));
		console.error(`\ndata:check: ${problems.length} problem(s) in ${shown(dir, 200)}`);
		return 1;
	}
	console.log(
		`data:check: ${shown(dir, 200)} is valid — ${dataset.events.length} events, ` +
			`${dataset.copSessions.length} COP sessions, ${dataset.instruments.length} instruments ` +
			`(${dataset.instrumentTitles.length} titles), ` +
			`${dataset.participants.length} participants (${dataset.participantAliases.length} aliases), ${dataset.treatyActions.length} treaty actions, ` +
			`${dataset.publishedCounts.length} published counts, ` +
			`${dataset.statePositions.length} State positions, ${dataset.tours.length} tour(s)`
	);
	return 0;
}

main().then((code) => {
	process.exitCode = code;
}, internal);
