import { loadBundledDataset } from '$lib/data/bundledData';
import { tourCards } from '$lib/tours/tourPages';

/** Runs when the page is prerendered: the browser gets the list of tours, never the dataset. */
export function load() {
	return { tours: tourCards(loadBundledDataset().tours) };
}
