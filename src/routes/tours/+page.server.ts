import { loadBundledDataset } from '$lib/data/bundledData';
import { editorInput } from '$lib/tours/tourPages';

/** Runs when the page is prerendered: the editor gets the events' ids and titles, not the dataset. */
export function load() {
	return editorInput(loadBundledDataset());
}
