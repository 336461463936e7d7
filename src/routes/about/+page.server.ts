import { aboutFacts } from '$lib/data/aboutFacts';
import { loadBundledDataset } from '$lib/data/bundledData';

/** Runs when the page is prerendered: the browser gets the facts in the page, never the dataset. */
export function load() {
	return { facts: aboutFacts(loadBundledDataset()) };
}
