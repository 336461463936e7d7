import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import type { Counts } from '$lib/data/statusCounts';
import { asOfLine } from './asOfLine';

const counts = {
	UNTOC: { signatories: 147, parties: 155, 'in-force': 154 },
	TIP: { signatories: 117, parties: 140, 'in-force': 139 },
	SOM: { signatories: 112, parties: 127, 'in-force': 126 },
	FIR: { signatories: 52, parties: 90, 'in-force': 89 }
} satisfies Counts;

describe('asOfLine', () => {
	it('asOfLine(date, counts, shown, measure) gives each shown instrument’s count for the measure', () => {
		expect(asOfLine('2010-01-01', counts, ['UNTOC', 'TIP'], 'parties')).toBe(
			'As of 1 January 2010 (Parties): Convention 155 · Trafficking 140'
		);
		expect(asOfLine('2012-02-29', counts, ['FIR'], 'signatories')).toBe(
			'As of 29 February 2012 (Signatories): Firearms 52'
		);
	});
	it('asOfLine(date, counts, [], measure) says no instrument is shown', () => {
		expect(asOfLine('1999-12-31', counts, [], 'in-force')).toBe(
			'As of 31 December 1999 (In force): no instruments shown'
		);
	});
});

describe('asOfLine in the interface’s language', () => {
	afterEach(() => setLang('en'));
	it('asOfLine(...) in Chinese writes the date, measure and instruments in Chinese', async () => {
		await setLang('zh');
		expect(asOfLine('2010-01-01', counts, ['UNTOC', 'TIP'], 'parties')).toBe(
			'截至2010年1月1日（缔约方）：公约 155 · 贩运人口 140'
		);
		expect(asOfLine('2010-01-01', counts, [], 'parties')).toBe(
			'截至2010年1月1日（缔约方）：未显示任何文书'
		);
	});
});
