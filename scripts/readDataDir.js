// Reads every data file named in DATA_FILES from a folder, and the tours in its tours/ folder, for the
// Node scripts and tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} dir @param {Record<string, string>} names */
export function readDataDir(dir, names) {
	/** @type {Record<string, string | undefined>} */
	const files = {};
	for (const name of Object.values(names)) {
		const path = join(dir, name);
		files[name] = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	}
	const tours = join(dir, 'tours');
	if (existsSync(tours)) {
		for (const name of readdirSync(tours).filter((n) => n.endsWith('.json'))) {
			files[`tours/${name}`] = readFileSync(join(tours, name), 'utf8');
		}
	}
	return files;
}
