import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import { CATEGORY_LABELS, GROUP_LABELS } from './categories';
import { CATEGORY_IDS, GROUP_IDS } from './schema';
import { categoryLabel, groupLabel } from './categoryLabel';

describe('categoryLabel and groupLabel', () => {
	afterEach(async () => {
		await setLang('en');
	});
	it('categoryLabel(c) and groupLabel(g) in English are the names categories.ts holds', () => {
		for (const c of CATEGORY_IDS) expect(categoryLabel(c)).toBe(CATEGORY_LABELS[c]);
		for (const g of GROUP_IDS) expect(groupLabel(g)).toBe(GROUP_LABELS[g]);
	});
	it('categoryLabel(c) follows the language: the UN’s own terms after setLang', async () => {
		await setLang('fr');
		expect(categoryLabel('cop')).toBe('Conférence des Parties');
		expect(groupLabel('WEOG')).toBe('Groupe des États d’Europe occidentale et autres États');
		await setLang('ru');
		expect(categoryLabel('cop')).toBe('Конференция участников');
		await setLang('zh');
		expect(categoryLabel('entry-into-force')).toBe('生效');
		await setLang('es');
		expect(groupLabel('GRULAC')).toBe('Grupo de Estados de América Latina y el Caribe');
		await setLang('ar');
		expect(categoryLabel('cop')).toBe('مؤتمر الأطراف');
	});
});
