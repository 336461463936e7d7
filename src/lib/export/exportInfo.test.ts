import { describe, expect, it } from 'vitest';
import { exportInfo, SOURCES_LINE } from './exportInfo';

describe('exportInfo', () => {
	let subtitle = '1 January 1998 – 31 December 2004';
	const info = exportInfo(
		() => subtitle,
		'2025-04-09',
		() => 'https://example.org/?from=1998&to=2004',
		() => '2026-02-28'
	);
	it('exportInfo(...).footer(title) gives sources, permalink, dates and the APA citation, in order', () => {
		const lines = info.footer('Timeline of events');
		expect(lines[0]).toBe(SOURCES_LINE);
		expect(lines[1]).toBe('View: https://example.org/?from=1998&to=2004');
		expect(lines[2]).toBe('Data as of 9 April 2025 · exported 28 February 2026');
		expect(lines[3]).toMatch(/^Cite: UNTOC Timeline contributors\..*Timeline of events/);
		expect(lines[3]).toContain('https://example.org/?from=1998&to=2004');
	});
	it('exportInfo(...).subtitle is read when the export is made, not when the info was built', () => {
		subtitle = '1 January 2010 – 31 December 2024';
		expect(info.subtitle).toBe('1 January 2010 – 31 December 2024');
	});
	it('exportInfo(...).cite(title) cites the view in three styles with the permalink', () => {
		const c = info.cite('Events');
		for (const style of [c.apa, c.oscola, c.bluebook]) expect(style).toContain('example.org');
	});
});
