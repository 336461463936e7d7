import { loadBundledDataset } from '$lib/data/bundledData';

export const prerender = true;
export const trailingSlash = 'never';

export function load() {
	return { dataset: loadBundledDataset() };
}
