import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import { timeTicks } from './timeTicks';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
/** The platform's no-break and thin spaces, as plain ones, for comparing. */
const plain = (s: string) => s.replace(/[\u00a0\u2009\u202f]/g, ' ');
const labels = (t: ReturnType<typeof timeTicks>) => t.ticks.map((x) => plain(x.label));

describe('timeTicks', () => {
	it('timeTicks over 1975–2024 shows five-year steps on a laptop and decades when narrower', () => {
		const wide = timeTicks(d('1975-01-01'), d('2025-01-01'), 1000);
		expect(wide.granularity).toBe('year');
		expect(wide.ticks.map((x) => x.label).slice(0, 3)).toEqual(['1975', '1980', '1985']);
		const t = timeTicks(d('1975-01-01'), d('2025-01-01'), 600);
		expect(t.granularity).toBe('decade');
		expect(t.ticks.map((x) => x.label)).toEqual(['1980', '1990', '2000', '2010', '2020']);
	});
	it('timeTicks over ten years shows years', () => {
		const t = timeTicks(d('1995-01-01'), d('2005-01-01'), 1000);
		expect(t.granularity).toBe('year');
		expect(t.ticks[0]?.label).toBe('1995');
	});
	it('timeTicks over a year shows months, naming the year at January', () => {
		const t = timeTicks(d('2000-01-01'), d('2001-01-01'), 1000);
		expect(t.granularity).toBe('month');
		expect(t.ticks.slice(0, 3).map((x) => x.label)).toEqual(['Jan 2000', 'Feb', 'Mar']);
	});
	it('timeTicks over three weeks shows days across a leap day, in UTC', () => {
		const t = timeTicks(d('2000-02-20'), d('2000-03-05'), 1000);
		expect(t.granularity).toBe('day');
		expect(t.ticks.map((x) => x.label)).toContain('29');
		expect(t.ticks.map((x) => x.label)).toContain('1 Mar');
	});
	it('timeTicks on a phone width coarsens the step', () => {
		expect(timeTicks(d('1995-01-01'), d('2005-01-01'), 300).granularity).toBe('year');
		expect(timeTicks(d('1995-01-01'), d('2005-01-01'), 300).ticks.length).toBeLessThanOrEqual(5);
	});
	it('timeTicks in English keeps the short month names it always had (Sep, not Sept)', () => {
		const t = timeTicks(d('2000-01-01'), d('2001-01-01'), 1000);
		expect(labels(t)).toEqual([
			'Jan 2000',
			'Feb',
			'Mar',
			'Apr',
			'May',
			'Jun',
			'Jul',
			'Aug',
			'Sep',
			'Oct',
			'Nov',
			'Dec',
			'Jan 2001'
		]);
		expect(labels(timeTicks(d('1999-12-25'), d('2000-01-08'), 1000))).toContain('1 Jan 2000');
	});
});

describe('timeTicks in the interface’s language', () => {
	afterEach(async () => {
		await setLang('en');
	});
	it('timeTicks after setLang(fr) names the months the French way, from the platform', async () => {
		await setLang('fr');
		const t = timeTicks(d('2000-01-01'), d('2001-01-01'), 1000);
		expect(labels(t).slice(0, 3)).toEqual(['janv. 2000', 'févr.', 'mars']);
		expect(labels(timeTicks(d('2000-02-20'), d('2000-03-05'), 1000))).toContain('1 mars');
	});
	it('timeTicks(…, locale) writes the days and years each language’s own way', () => {
		const days = (l: 'zh' | 'ru') =>
			labels(timeTicks(d('2000-02-20'), d('2000-03-05'), 1000, 64, l));
		expect(days('zh')).toContain('3月1日');
		expect(days('ru')).toContain('1 мар.');
		expect(labels(timeTicks(d('1995-01-01'), d('2005-01-01'), 1000, 64, 'zh'))[0]).toBe('1995年');
		expect(labels(timeTicks(d('2000-01-01'), d('2001-01-01'), 1000, 64, 'es'))[0]).toBe('ene 2000');
	});
});
