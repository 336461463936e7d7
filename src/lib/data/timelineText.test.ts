import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import { dayNumber } from './calendarDate';
import { event } from '$fixtures/testFixtures';
import { clusterName, timelineSummary } from './timelineText';

const day = (iso: string) => dayNumber(iso);

describe('clusterName', () => {
	it('clusterName(items, from, to) names the count, the span and the first three titles', () => {
		const items = ['A', 'B', 'C', 'D'].map((label) => ({ label }));
		expect(clusterName(items, day('1996-12-12'), day('1996-12-16'))).toBe(
			'4 events, 12–15 December 1996: A; B; C; …. Zoom in to see them.'
		);
	});
	it('clusterName(items, from, to) of events on one day gives that day', () => {
		const items = [{ label: 'A' }, { label: 'B' }];
		expect(clusterName(items, day('1996-12-12'), day('1996-12-12'))).toBe(
			'2 events, 12 December 1996: A; B. Zoom in to see them.'
		);
	});
});

describe('timelineSummary', () => {
	it('timelineSummary(ordered, lanes, window) says how many events, their span and the window', () => {
		const ordered = [event('a', '1975-09-01'), event('b', '2024-10')].map((e) => ({ event: e }));
		expect(timelineSummary(ordered, 9, { from: '1998-01-01', to: '2004-12-31' })).toBe(
			'2 events from 1 September 1975 to October 2024 in 9 categories; showing 1 January 1998 – 31 December 2004.'
		);
	});
	it('timelineSummary([], ...) says nothing matches', () => {
		expect(timelineSummary([], 9, { from: '1975-01-01', to: '2024-12-31' })).toBe(
			'No events match the filters.'
		);
	});
});

describe('the timeline’s words in other languages', () => {
	afterEach(async () => {
		await setLang('en');
	});
	const plain = (s: string) => s.replace(/[\u00a0\u2009\u202f]/g, ' ');
	const labels = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `T${i}` }));
	const count = (n: number) => plain(clusterName(labels(n), day('1996-12-12'), day('1996-12-12')));

	it('timelineSummary after setLang(fr) speaks French, dates included', async () => {
		await setLang('fr');
		const ordered = [event('a', '1975-09-01'), event('b', '2024-10')].map((e) => ({ event: e }));
		expect(plain(timelineSummary(ordered, 1, { from: '1998-01-01', to: '2004-12-31' }))).toBe(
			'2 événements (1 septembre 1975 – octobre 2024) dans 1 catégorie ; période affichée : 1 janvier 1998 – 31 décembre 2004.'
		);
		expect(timelineSummary([], 9, { from: '1975-01-01', to: '2024-12-31' })).toBe(
			'Aucun événement ne correspond aux filtres.'
		);
	});
	it('clusterName after setLang(ru) picks the Russian plural form for the count', async () => {
		await setLang('ru');
		expect(count(2)).toMatch(/^2 события, /);
		expect(count(5)).toMatch(/^5 событий, /);
		expect(count(21)).toMatch(/^21 событие, /);
	});
	it('clusterName after setLang(ar) carries the count in digits, as the chip shows it (label in name)', async () => {
		await setLang('ar');
		// The dual (حدثان) has no digit, so the name says "number of events: 2" instead.
		for (const n of [2, 3, 11, 100]) expect(count(n)).toMatch(new RegExp(`^عدد الأحداث: ${n}، `));
	});
});
