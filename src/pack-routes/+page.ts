import { loadBundledDataset } from '$lib/data/bundledData';
import { headlineFigures } from '$lib/data/headlineFigures';

// The site computes these when it prerenders the home page (routes/+page.server.ts); the pack has no
// server, and carries the whole dataset anyway, so it computes them in the browser.
export function load() {
	return { figures: headlineFigures(loadBundledDataset()) };
}
