import { describe, expect, it } from 'vitest';
import ar from './ar';
import en from './en';
import fr from './fr';
import ru from './ru';
import zh from './zh';

describe('tables messages', () => {
	it.each([
		[1, '1 государство-участник'],
		[3, '3 государства-участника'],
		[5, '5 государств-участников'],
		[21, '21 государство-участник'],
		[147, '147 государств-участников']
	])('ru.statesParties(%i) takes the Russian form for the number', (k, text) => {
		expect(ru.statesParties(k)).toBe(text);
	});
	it.each([
		[0, '0 دورة'],
		[1, 'دورة واحدة'],
		[2, 'دورتان'],
		[3, '3 دورات'],
		[11, '11 دورة'],
		[100, '100 دورة']
	])('ar.summaryCount(…, sessions %i) takes the Arabic form for the number', (k, text) => {
		expect(ar.summaryCount(5, 120, k, 10, false)).toContain(`، ${text}، `);
	});
	it('ru.outcomeCount(n, kind) translates the dataset’s words and agrees with n', () => {
		expect(ru.outcomeCount(2, 'resolutions')).toBe('2 резолюции');
		expect(ru.outcomeCount(7, 'decisions')).toBe('7 решений');
		expect(ru.outcomeCount(1, 'decision')).toBe('1 решение');
		expect(ru.outcomeCount(3, 'recommendations')).toBe('3 recommendations');
	});
	it('en keeps the words as the app has always shown them', () => {
		expect(en.summaryCount(12, 34, 1, 5, true)).toBe(
			'— showing 12 of 34 events, 1 session, 5 Parties joined'
		);
		expect(en.outcomeCount(4, 'resolutions')).toBe('4 resolutions');
		expect(en.ordinalSession(12)).toBe('Twelfth session');
		expect(en.listOutcomes(3) + en.outcomesOf(3, 4)).toBe('List 3 outcomes of COP 4');
	});
	it('the captions name the sort in each language', () => {
		expect(fr.eventsCaption(1, 2, 'Date', fr.ascending)).toBe(
			'Événements, 1975–2024\u00a0: 1 sur 2, triés par date (ordre croissant).'
		);
		expect(zh.participantsCaption(3, 197, '相关度', null)).toBe(
			'显示 3 个参与方，共 197 个，按相关度排序；状态为所选日期的状态。'
		);
	});
});
