import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
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

describe('cite in the interface’s language', () => {
	afterEach(() => setLang('en'));
	it('cite(view).bluebook cuts every month as Bluebook does (May, June, July whole; Sept.)', () => {
		const months = Array.from({ length: 12 }, (_, i) => {
			const iso = `2025-${String(i + 1).padStart(2, '0')}-09`;
			return /last visited (.*)\)$/.exec(cite({ ...view, accessed: iso }).bluebook)?.[1];
		});
		expect(months).toEqual([
			'Jan. 9, 2025',
			'Feb. 9, 2025',
			'Mar. 9, 2025',
			'Apr. 9, 2025',
			'May 9, 2025',
			'June 9, 2025',
			'July 9, 2025',
			'Aug. 9, 2025',
			'Sept. 9, 2025',
			'Oct. 9, 2025',
			'Nov. 9, 2025',
			'Dec. 9, 2025'
		]);
	});
	it('cite(view) in French keeps each style’s structure with French words and dates', async () => {
		await setLang('fr');
		const c = cite({ ...view, title: 'Croissance des ratifications' });
		expect(c.apa).toBe(
			'Contributeurs d’UNTOC Timeline. (2025). Croissance des ratifications [Visualisation de données]. Dans UNTOC Timeline : la Convention des Nations Unies contre la criminalité transnationale organisée et ses Protocoles, 1975–2024 (données au 9 avril 2025). Consulté le 1 mars 2026, à l’adresse https://example.org/?measure=parties&asof=2005-03-04'
		);
		expect(c.oscola).toMatch(
			/« Croissance des ratifications » .*<https:.*> consulté le 1 mars 2026$/
		);
		expect(c.bluebook).toContain('(données au 9 avr. 2025)');
		expect(c.bluebook).toMatch(/\(dernière consultation le 1 mars 2026\)$/);
		expect(cite({ ...view, permalink: '' }).apa).toMatch(/Consulté le 1 mars 2026\.$/);
	});
	it('cite(view) in Russian writes the dates with the platform’s month names', async () => {
		await setLang('ru');
		const c = cite(view);
		expect(c.apa).toContain(
			'(данные на 9 апреля 2025 г.). Дата обращения: 1 марта 2026 г., https:'
		);
		expect(c.bluebook).toMatch(/\(последнее обращение: 1 мар\. 2026 г\.\)$/);
	});
});
