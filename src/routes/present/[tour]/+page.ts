import { error } from '@sveltejs/kit';
import { loadBundledDataset } from '$lib/data/bundledData';

/** Every tour in data/tours is prerendered. */
export function entries() {
	return loadBundledDataset().tours.map((t) => ({ tour: t.id }));
}

/** The tour, and the dataset its stops draw from. */
export function load({ params }) {
	const dataset = loadBundledDataset();
	const tour = dataset.tours.find((t) => t.id === params.tour);
	if (!tour) error(404, `There is no tour called "${params.tour}".`);
	return { dataset, tour };
}
