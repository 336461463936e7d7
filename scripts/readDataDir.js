// Reads every data file named in DATA_FILES from a folder, and the tours in its tours/ folder, for the
// Node scripts and tests. It never throws on what it finds: a file that cannot be read as text comes
// back as a fault ({ fault: 'folder' }, 'denied', 'not-utf8', 'too-big', ...) for parseDataset to name.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {import('../src/lib/data/dataset').FileFault} FileFault */
/** @typedef {import('../src/lib/data/dataset').DataFiles} DataFiles */
/**
 * @typedef {object} ReadOptions
 * @property {number} [maxBytes] files larger than this are not read (a 'too-big' fault instead)
 * @property {(path: string) => Uint8Array} [readFile] reads a file's bytes (tests inject failures)
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** @param {unknown} e @returns {FileFault | undefined} */
function faultOf(e) {
	const code = String((e && typeof e === 'object' && 'code' in e && e.code) || 'unknown error');
	if (code === 'ENOENT') return undefined;
	if (code === 'EISDIR') return { fault: 'folder' };
	if (code === 'ENOTDIR') return { fault: 'not-a-folder' };
	if (code === 'EACCES' || code === 'EPERM') return { fault: 'denied' };
	return { fault: 'unreadable', code };
}

/**
 * @param {string} path
 * @param {Required<ReadOptions>} options
 * @returns {string | FileFault | undefined}
 */
function readText(path, { maxBytes, readFile }) {
	let bytes;
	try {
		const stat = statSync(path);
		if (stat.isDirectory()) return { fault: 'folder' };
		// A pipe or device could block or never end.
		if (!stat.isFile()) return { fault: 'not-a-file' };
		if (stat.size > maxBytes) return { fault: 'too-big', bytes: stat.size };
		bytes = readFile(path);
	} catch (e) {
		return faultOf(e);
	}
	try {
		return utf8.decode(bytes);
	} catch {
		return { fault: 'not-utf8' };
	}
}

/**
 * readDataDir(dir, names, options) reads the data files as text, or as the fault that kept each one
 * from being read; a file that is not there is undefined.
 * @param {string} dir
 * @param {Record<string, string>} names
 * @param {ReadOptions} [options]
 * @returns {DataFiles}
 */
export function readDataDir(dir, names, options = {}) {
	const how = {
		maxBytes: options.maxBytes ?? Infinity,
		readFile: options.readFile ?? readFileSync
	};
	/** @type {DataFiles} */
	const files = {};
	for (const name of Object.values(names)) files[name] = readText(join(dir, name), how);
	const tours = join(dir, 'tours');
	let entries;
	try {
		if (!statSync(tours).isDirectory()) {
			files['tours/'] = { fault: 'not-a-folder' };
			return files;
		}
		entries = readdirSync(tours);
	} catch (e) {
		files['tours/'] = faultOf(e);
		return files;
	}
	for (const name of entries.filter((n) => n.endsWith('.json'))) {
		files[`tours/${name}`] = readText(join(tours, name), how);
	}
	return files;
}
