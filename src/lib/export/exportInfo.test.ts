import { describe, expect, it } from 'vitest';
import { exportInfo, SOURCES_LINE, type PageText } from './exportInfo';

const page = (over: Partial<PageText> = {}): PageText => ({
	subtitle: () => '1 January 1998 – 31 December 2004',
	filters: () => '',
	asOf: () => null,
	dataAsOf: '2025-04-09',
	permalink: () => 'https://example.org/?from=1998&to=2004',
	today: () => '2026-02-28',
	...over
});

describe('exportInfo', () => {
	it('exportInfo(page).footer(title) gives sources, permalink, dates and the APA citation, in order', () => {
		const lines = exportInfo(page()).footer('Timeline of events');
		expect(lines[0]).toBe(SOURCES_LINE);
		expect(lines[1]).toBe('View: https://example.org/?from=1998&to=2004');
		expect(lines[2]).toBe('Data as of 9 April 2025 · exported 28 February 2026');
		expect(lines[3]).toMatch(/^Cite: UNTOC Timeline contributors\..*Timeline of events/);
		expect(lines[3]).toContain('https://example.org/?from=1998&to=2004');
	});
	it('exportInfo(page).footer(title) leaves out the View line when the view has no public address', () => {
		const lines = exportInfo(page({ permalink: () => null })).footer('Events');
		expect(lines).toHaveLength(3);
		expect(lines.join('\n')).not.toMatch(/View:|file:/);
		expect(lines[2]).toMatch(/Retrieved 28 February 2026\.$/);
	});
	it('exportInfo(page) reads the subtitle, filters and as-of line when the export is made', () => {
		let subtitle = '1 January 1998 – 31 December 2004';
		let asOf: string | null = null;
		const info = exportInfo(page({ subtitle: () => subtitle, asOf: () => asOf }));
		subtitle = '1 January 2010 – 31 December 2024';
		asOf = 'As of 1 January 2010 (Parties): Convention 147';
		expect(info.subtitle).toBe('1 January 2010 – 31 December 2024');
		expect(info.asOf).toBe('As of 1 January 2010 (Parties): Convention 147');
	});
	it('exportInfo(page).cite(title) cites the view in three styles with the permalink', () => {
		const c = exportInfo(page()).cite('Events');
		for (const style of [c.apa, c.oscola, c.bluebook]) expect(style).toContain('example.org');
	});
});
