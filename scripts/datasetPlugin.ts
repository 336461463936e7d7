/**
 * The dataset compiled at build time: a Vite plugin that reads data/, parses and validates it with the
 * app's own parser (as `npm run data:check` does), and serves the result as the module
 * `virtual:untoc-dataset`, a JSON the client loads as it is. The browser never ships the CSV and JSON
 * parsers or the validation library, and never re-validates what the build validated. Invalid data
 * fails the build (and the dev server's page) with every problem named by file, record and field.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readDataDir } from './readDataDir.js';
import { DATA_FILES, DATA_LIMITS } from '../src/lib/data/dataset';
import { packDataset } from '../src/lib/data/compactDataset';
import { parseDataset } from '../src/lib/data/parseDataset';
import { formatProblem } from '../src/lib/data/problems';

const ID = 'virtual:untoc-dataset';
const RESOLVED = `\0${ID}`;

export function datasetPlugin(dataDir = resolve(import.meta.dirname, '../data')): Plugin {
	return {
		name: 'untoc-dataset',
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			const files = readDataDir(dataDir, DATA_FILES, { maxBytes: DATA_LIMITS.fileBytes });
			for (const name of Object.keys(files)) this.addWatchFile(resolve(dataDir, name));
			// Files, never the folder: the dev server turns each watched path into an import of it.
			const tours = resolve(dataDir, 'tours');
			if (existsSync(tours))
				for (const f of readdirSync(tours))
					if (f.endsWith('.json')) this.addWatchFile(resolve(tours, f));
			const { dataset, problems } = parseDataset(files);
			if (problems.length > 0) {
				throw new Error(
					`data/ is not valid (npm run data:check lists the same):\n${problems.map(formatProblem).join('\n')}`
				);
			}
			const { strings, json } = packDataset(dataset);
			return `export default { strings: ${JSON.stringify(strings)}, json: ${JSON.stringify(json)} };`;
		}
	};
}
