import { afterEach, describe, expect, it } from 'vitest';
import { m, setLang } from '$lib/i18n/i18n.svelte';
import type { ChartSeries } from './chartTypes';
import { endLabelText } from './endLabelText';

const series = (id: ChartSeries['id'], count: number, leftOut = 0): ChartSeries => ({
	id,
	points: [
		{ t: 0, count: 0 },
		{ t: 100, count }
	],
	total: count + leftOut,
	leftOut
});

describe('endLabelText', () => {
	afterEach(() => setLang('en'));
	it('endLabelText(series, end, unit) writes "Convention · 192* Parties" in English', () => {
		const [a, b] = endLabelText([series('UNTOC', 190, 2), series('FIR', 5)], 100, 'Parties');
		expect(a!.text).toBe('Convention · 192* Parties');
		expect(b!.text).toBe('Firearms · 5 Parties');
		expect(endLabelText([series('SOM', 3)], 100, '')[0]!.text).toBe('Smuggling · 3');
	});
	it('endLabelText(series, end, unit) agrees the unit with the count in Russian', async () => {
		await setLang('ru');
		const unit = m.chart.measureUnit.parties;
		const texts = [1, 3, 5, 21, 112].map(
			(n) => endLabelText([series('UNTOC', n)], 100, unit)[0]!.text
		);
		expect(texts).toEqual([
			'Конвенция · 1 участник',
			'Конвенция · 3 участника',
			'Конвенция · 5 участников',
			'Конвенция · 21 участник',
			'Конвенция · 112 участников'
		]);
	});
	it('endLabelText(series, end, unit) uses the six Arabic forms after a count', async () => {
		await setLang('ar');
		const unit = m.chart.measureUnit.parties;
		expect([0, 1, 2, 3, 11, 100].map(unit)).toEqual([
			'طرف',
			'طرف',
			'طرفان',
			'أطراف',
			'طرفًا',
			'طرف'
		]);
		expect(endLabelText([series('TIP', 11)], 100, unit)[0]!.text).toMatch(
			/^الاتجار بالأشخاص · .+ طرفًا$/
		);
	});
	it('endLabelText(series, end, unit) gives the count at an earlier end, unstarred', async () => {
		await setLang('fr');
		expect(endLabelText([series('FIR', 9, 1)], 50, m.chart.measureUnit.parties)[0]!.text).toBe(
			'Armes à feu · 0 Partie'
		);
	});
});
