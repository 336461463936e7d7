/**
 * The dataset as the app ships it: data/ parsed and validated at build time (scripts/datasetPlugin.ts)
 * and loaded as one JSON module, so the client neither parses CSV nor re-validates. Invalid data fails
 * the build instead of shipping a half-read dataset.
 */
import compiled from 'virtual:untoc-dataset';
import { unpackDataset } from './compactDataset';
import type { Dataset } from './dataset';

let cached: Dataset | undefined;

/** loadBundledDataset() returns the dataset the build validated, unpacked once. */
export function loadBundledDataset(): Dataset {
	cached ??= unpackDataset(compiled);
	return cached;
}
