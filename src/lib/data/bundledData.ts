/**
 * The dataset as the app ships it: the files in data/, bundled at build time as raw text and run
 * through parseDataset. Any problem throws, so an invalid data/ fails the build (prerendering calls
 * this) instead of shipping a half-read dataset.
 */
import type { Dataset } from './dataset';
import { parseDataset } from './parseDataset';
import { DataError } from './problems';

const files = Object.fromEntries(
	Object.entries(
		import.meta.glob(['/data/*.{json,csv}', '/data/tours/*.json'], {
			query: '?raw',
			import: 'default',
			eager: true
		})
	).map(([path, text]) => [path.replace(/^\/data\//, ''), text as string])
);

let cached: Dataset | undefined;

/** loadBundledDataset() returns the parsed dataset, or throws a DataError naming every problem. */
export function loadBundledDataset(): Dataset {
	if (cached) return cached;
	const { dataset, problems } = parseDataset(files);
	if (problems.length > 0) throw new DataError(problems);
	cached = dataset;
	return dataset;
}
