import { loadBundledDataset } from '$lib/data/bundledData';
import { editorInput } from '$lib/tours/tourPages';

// As routes/tours/+page.server.ts, in the browser: the pack has no server.
export function load() {
	return editorInput(loadBundledDataset());
}
