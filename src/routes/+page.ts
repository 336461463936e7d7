import { loadBundledDataset } from '$lib/data/bundledData';

/** The dashboard filters and draws the whole dataset in the browser. */
export function load() {
	return { dataset: loadBundledDataset() };
}
