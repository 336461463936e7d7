import { afterEach, describe, expect, it } from 'vitest';
import { formatDateRange } from '$lib/data/formatDate';
import { setLang } from '$lib/i18n/i18n.svelte';
import { describeFilters } from './describeFilters';
import { DEFAULT_FILTERS } from './filters';

const names = new Map([['TIP', 'Trafficking in Persons Protocol']] as const);

describe('describeFilters', () => {
	it('describeFilters(defaults) names only the whole span', () => {
		expect(describeFilters(DEFAULT_FILTERS, names)).toBe('1 January 1975 – 31 December 2024');
	});
	it('describeFilters(f) names the window and every active filter in order', () => {
		expect(
			describeFilters(
				{
					...DEFAULT_FILTERS,
					window: { from: '1998-01-01', to: '2004-12-31' },
					instruments: ['TIP'],
					groups: ['AFR'],
					q: ' vienna '
				},
				names
			)
		).toBe(
			'1 January 1998 – 31 December 2004 · Trafficking in Persons Protocol · African Group · search “vienna”'
		);
	});
	it('describeFilters(f, names, { window: false }) names the filters alone, or nothing', () => {
		const f = { ...DEFAULT_FILTERS, window: { from: '1998-01-01', to: '2004-12-31' } };
		expect(describeFilters(f, names, { window: false })).toBe('');
		expect(describeFilters({ ...f, instruments: ['TIP'] }, names, { window: false })).toBe(
			'Trafficking in Persons Protocol'
		);
	});
});

describe('describeFilters in another language', () => {
	afterEach(() => setLang('en'));
	it('describeFilters(f) in French writes its words, dates and quotes the French way', async () => {
		await setLang('fr');
		const span = formatDateRange('1998-01-01', '2004-12-31');
		expect(span).toMatch(/^1\sjanvier\s1998.+31\sdécembre\s2004$/);
		expect(
			describeFilters(
				{
					...DEFAULT_FILTERS,
					window: { from: '1998-01-01', to: '2004-12-31' },
					categories: [],
					q: 'vienne'
				},
				names
			)
		).toBe(`${span} · aucune catégorie · recherche «\u00a0vienne\u00a0»`);
	});
	it('describeFilters(f) in Chinese joins names with the ideographic comma', async () => {
		await setLang('zh');
		const two = new Map([
			['TIP', 'A'],
			['SOM', 'B']
		] as const);
		expect(
			describeFilters({ ...DEFAULT_FILTERS, instruments: ['TIP', 'SOM'] }, two, { window: false })
		).toBe('A、B');
	});
});
