import { aboutFacts } from '$lib/data/aboutFacts';
import { loadBundledDataset } from '$lib/data/bundledData';

// The site computes these when it prerenders the page (routes/about/+page.server.ts); the pack has no
// server, and carries the whole dataset anyway, so it computes them in the browser.
export function load() {
	return { facts: aboutFacts(loadBundledDataset()) };
}
