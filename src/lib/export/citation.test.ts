import { describe, expect, it } from 'vitest';
import { cite } from './citation';

const view = {
	title: 'Ratification growth: Parties, 2000–2025',
	permalink: 'https://example.org/?measure=parties&asof=2005-03-04',
	dataAsOf: '2025-04-09',
	accessed: '2026-03-01'
};

describe('cite', () => {
	it('cite(view).apa names the year, the view, the data date, the access date and the link', () => {
		expect(cite(view).apa).toBe(
			'UNTOC Timeline contributors. (2025). Ratification growth: Parties, 2000–2025 [Data visualization]. In UNTOC Timeline: The UN Convention against Transnational Organized Crime and its Protocols, 1975–2024 (data as of 9 April 2025). Retrieved 1 March 2026, from https://example.org/?measure=parties&asof=2005-03-04'
		);
	});
	it('cite(view).oscola puts the link in angle brackets followed by the access date', () => {
		expect(cite(view).oscola).toMatch(
			/<https:\/\/example\.org\/\?measure=parties&asof=2005-03-04> accessed 1 March 2026$/
		);
		expect(cite(view).oscola).toContain("'Ratification growth: Parties, 2000–2025'");
	});
	it('cite(view).bluebook writes dates the Bluebook way', () => {
		expect(cite(view).bluebook).toContain('(data as of Apr. 9, 2025)');
		expect(cite(view).bluebook).toMatch(/\(last visited Mar\. 1, 2026\)$/);
	});
	it('cite(view) writes an access on 29 February as that day in every style', () => {
		const leap = cite({ ...view, dataAsOf: '2024-02-29', accessed: '2024-02-29' });
		expect(leap.apa).toContain('(data as of 29 February 2024). Retrieved 29 February 2024, from');
		expect(leap.oscola).toMatch(/data as of 29 February 2024\) <.*> accessed 29 February 2024$/);
		expect(leap.bluebook).toContain('(data as of Feb. 29, 2024)');
		expect(leap.bluebook).toMatch(/\(last visited Feb\. 29, 2024\)$/);
	});
	it('cite(view) with no permalink cites the view without an address, never a file: one', () => {
		const c = cite({ ...view, permalink: '' });
		expect(c.apa).toMatch(/Retrieved 1 March 2026\.$/);
		expect(c.oscola).toMatch(/9 April 2025\) accessed 1 March 2026$/);
		expect(c.bluebook).toMatch(/9, 2025\), \(last visited Mar\. 1, 2026\)$/);
	});
});
