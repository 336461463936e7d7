#!/usr/bin/env node
// npm run data:check [dir]: validates every file in data/ (or dir) and prints every problem at once as
// "file › record › field: message"; exits 1 if there is any. It runs the app's own parsers (TypeScript,
// loaded through Vite) so the check and the app can never disagree.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { readDataDir } from './readDataDir.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dir = resolve(process.argv[2] ?? resolve(root, 'data'));
/** @type {{ module: typeof import('../src/lib/data/parseDataset') }} */
const { module: data } = await runnerImport(resolve(root, 'src/lib/data/parseDataset.ts'), {
	configFile: false,
	logLevel: 'error'
});
/** @type {{ module: typeof import('../src/lib/data/problems') }} */
const { module: problemsModule } = await runnerImport(resolve(root, 'src/lib/data/problems.ts'), {
	configFile: false,
	logLevel: 'error'
});

const { dataset, problems, notices } = data.parseDataset(readDataDir(dir, data.DATA_FILES));
for (const n of notices) console.warn(`notice: ${problemsModule.formatProblem(n)}`);
if (problems.length > 0) {
	for (const p of problems) console.error(problemsModule.formatProblem(p));
	console.error(`\ndata:check: ${problems.length} problem(s) in ${dir}`);
	process.exit(1);
}
console.log(
	`data:check: ${dir} is valid — ${dataset.events.length} events, ${dataset.copSessions.length} COP sessions, ` +
		`${dataset.instruments.length} instruments, ${dataset.participants.length} participants, ` +
		`${dataset.treatyActions.length} treaty actions, ${dataset.publishedCounts.length} published counts, ` +
		`${dataset.tours.length} tour(s)`
);
