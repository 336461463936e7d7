import { loadBundledDataset } from '$lib/data/bundledData';

/** A tour of the presenter's own draws its stops from the dataset, as a bundled one does. */
export function load() {
	return { dataset: loadBundledDataset() };
}
