import { loadBundledDataset } from '$lib/data/bundledData';
import { headlineFigures } from '$lib/data/headlineFigures';

/**
 * Runs when the page is prerendered: the opening figures on the data's own date go in the page, so
 * they show at first paint. The dashboard and the dataset it draws load in the browser right after
 * (+page.svelte); the figures then follow the reader's as-of date like every view.
 */
export function load() {
	return { figures: headlineFigures(loadBundledDataset()) };
}
