import { loadBundledDataset } from '$lib/data/bundledData';
import { tourCards } from '$lib/tours/tourPages';

// As routes/present/+page.server.ts, in the browser: the pack has no server.
export function load() {
	return { tours: tourCards(loadBundledDataset().tours) };
}
