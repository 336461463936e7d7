import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.js';
import { packDataset, unpackDataset } from './compactDataset';
import { DATA_FILES } from './dataset';
import { parseDataset } from './parseDataset';

const { dataset } = parseDataset(
	readDataDir(new URL('../../../data/', import.meta.url).pathname, DATA_FILES)
);

describe('packDataset / unpackDataset', () => {
	it('unpackDataset(packDataset(d)) gives back d exactly, derived citations included', () => {
		expect(unpackDataset(packDataset(dataset))).toEqual(dataset);
	});
	it('packDataset(d) writes each repeated string once and leaves out the derived citations', () => {
		const c = packDataset(dataset);
		const source = dataset.treatyActions[0]?.sourceUrl ?? '';
		expect(c.strings.filter((s) => s === source)).toHaveLength(1);
		const packed = JSON.parse(c.json) as { treatyActions: Record<string, unknown>[] };
		expect(packed.treatyActions.every((a) => !('source' in a))).toBe(true);
		expect(c.json.length).toBeLessThan(JSON.stringify(dataset).length / 2);
	});
	it('a string that happens to start with the reference mark would be read back wrongly, so none does', () => {
		expect(JSON.stringify(dataset)).not.toContain('\\u0001');
	});
});
