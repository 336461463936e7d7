import { loadBundledDataset } from '$lib/data/bundledData';

// The benchmark pages draw the dataset in the browser, so they load it with the page.
export function load() {
	return { dataset: loadBundledDataset() };
}
