/**
 * The dataset as the app ships it: data/ parsed and validated at build time (scripts/datasetPlugin.ts)
 * and loaded as one JSON module, so the client neither parses CSV nor re-validates. Invalid data fails
 * the build instead of shipping a half-read dataset.
 */
import compiled from 'virtual:untoc-dataset';
import { unpackDataset } from './compactDataset';
import type { Dataset } from './dataset';
import { registerAliases } from '$lib/i18n/i18n.svelte';

let cached: Dataset | undefined;

/** loadBundledDataset() returns the dataset the build validated, unpacked once. */
export function loadBundledDataset(): Dataset {
	if (!cached) {
		cached = unpackDataset(compiled);
		// The alpha-2 codes the platform names States by, in every language but English.
		registerAliases(cached.participantAliases);
	}
	return cached;
}
