// The real dataset for the cross-cutting suites, read from data/ through the app's own parser.
import { readDataDir } from '../../scripts/readDataDir.js';
import { DATA_FILES, DATA_LIMITS } from '../../src/lib/data/dataset';
import { parseDataset } from '../../src/lib/data/parseDataset';

export const dataDir = new URL('../../data/', import.meta.url).pathname;
export const parsed = parseDataset(
	readDataDir(dataDir, DATA_FILES, { maxBytes: DATA_LIMITS.fileBytes })
);
export const dataset = parsed.dataset;
