import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import { readStopQuery, unknownParams } from './pageParams';

const read = (query: string, stops = 12) => readStopQuery(new URLSearchParams(query), stops);

describe('unknownParams', () => {
	it('unknownParams(params, known) reports each name the page does not read, once, with its first value', () => {
		expect(unknownParams(new URLSearchParams('x=%25&x=2&stop=3&y='), ['stop'])).toEqual([
			{ param: 'x', value: '%', reason: 'unknown parameter' },
			{ param: 'y', value: '', reason: 'unknown parameter' }
		]);
	});

	it('unknownParams(params) of an empty query reports nothing', () => {
		expect(unknownParams(new URLSearchParams(''))).toEqual([]);
	});
});

describe('readStopQuery', () => {
	it.each([
		['', null, null],
		['stop=3', 3, null],
		['stop=12&theme=light', 12, 'light'],
		['stop=%201%20&theme=Projector-Light', 1, 'projector-light'],
		['stop=&theme=', null, null]
	])('readStopQuery(%j) asks for stop %j and theme %j, ignoring nothing', (query, stop, theme) => {
		expect(read(query)).toEqual({ stop, theme, ignored: [] });
	});

	it.each([
		['stop=0', 'stop', 'not a stop of this tour (1–12)'],
		['stop=13', 'stop', 'not a stop of this tour (1–12)'],
		['stop=2.5', 'stop', 'not a stop of this tour (1–12)'],
		['stop=-1', 'stop', 'not a stop of this tour (1–12)'],
		['stop=1e1', 'stop', 'not a stop of this tour (1–12)'],
		['stop=%zz', 'stop', 'not a stop of this tour (1–12)'],
		['stop=<img src=x onerror=alert(1)>', 'stop', 'not a stop of this tour (1–12)'],
		['theme=dark', 'theme', 'not one of light, projector, projector-light'],
		['theme=javascript:alert(1)', 'theme', 'not one of light, projector, projector-light'],
		['zzz=1', 'zzz', 'unknown parameter']
	])('readStopQuery(%j) reports %s: %s, and keeps the defaults', (query, param, reason) => {
		const r = read(query);
		expect(r.stop).toBeNull();
		expect(r.theme).toBeNull();
		expect(r.ignored).toEqual([{ param, value: new URLSearchParams(query).get(param), reason }]);
	});

	it('readStopQuery(params) uses the first of a repeated stop and reports the rest', () => {
		expect(read('stop=2&stop=5&theme=light&theme=light')).toEqual({
			stop: 2,
			theme: 'light',
			ignored: [
				{ param: 'stop', value: '5', reason: 'repeated parameter' },
				{ param: 'theme', value: 'light', reason: 'repeated parameter' }
			]
		});
	});

	it('readStopQuery(params, stops) keeps a good value beside a bad one', () => {
		const r = read('stop=4&theme=neon', 4);
		expect(r.stop).toBe(4);
		expect(r.ignored.map((i) => i.param)).toEqual(['theme']);
	});
});

describe('the reports, in the interface language', () => {
	afterEach(() => setLang('en'));

	it('readStopQuery(params, stops) reports a bad stop, theme, language and parameter in the language current when read', async () => {
		const r = read('stop=9&theme=neon&lang=de&zzz=1', 3);
		expect(r.ignored.map((i) => i.reason)).toEqual([
			'not a stop of this tour (1–3)',
			'not one of light, projector, projector-light',
			'not one of ar, zh, en, fr, ru, es',
			'unknown parameter'
		]);
		await setLang('ru');
		expect(r.ignored.map((i) => i.reason)).toEqual([
			'в этом туре нет такого этапа (1–3)',
			'допустимые значения: light, projector, projector-light',
			'допустимые значения: ar, zh, en, fr, ru, es',
			'неизвестный параметр'
		]);
		await setLang('zh');
		expect(unknownParams(new URLSearchParams('lang=fr&lang=es'))[0]?.reason).toBe('参数重复');
	});
});
