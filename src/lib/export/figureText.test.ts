import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/i18n.svelte';
import { instrument } from '$fixtures/testFixtures';
import { exportInfo, type PageText } from './exportInfo';
import { chartFigureText, timelineFigureText } from './figureText';

const page: PageText = {
	subtitle: () => '',
	filters: () => '',
	asOf: () => null,
	dataAsOf: '2025-04-09',
	permalink: () => 'https://example.org/?lang=fr',
	today: () => '2026-02-28'
};
const counts = {
	congress: 3,
	'general-assembly': 0,
	negotiation: 12,
	signature: 0,
	'entry-into-force': 0,
	cop: 1,
	'working-group': 0,
	'review-mechanism': 0,
	other: 0
};

describe('the figures’ export text in the interface’s language', () => {
	afterEach(() => setLang('en'));

	it('timelineFigureText(...) in English keeps the words the export has always carried', () => {
		const t = timelineFigureText('Timeline', exportInfo(page), ['cop'], counts);
		expect(t.subtitle).toBe('Events by category');
		expect(t.legend[0]?.label).toBe('Conference of the Parties (1)');
	});

	it('timelineFigureText(...) in French writes the subtitle, the lane names and the footer in French', async () => {
		await setLang('fr');
		const t = timelineFigureText(
			'Chronologie des événements, 1994–2006',
			exportInfo(page),
			['cop', 'negotiation'],
			counts
		);
		expect(t.subtitle).toBe('Événements par catégorie');
		expect(t.legend.map((l) => l.label)).toEqual([
			'Conférence des Parties (1)',
			'Négociation (12)'
		]);
		expect(t.footer[0]).toMatch(/^Sources : les données d’UNTOC Timeline — /);
		expect(t.footer[1]).toBe('Vue : https://example.org/?lang=fr');
		expect(t.footer[2]).toBe('Données au 9 avril 2025 · exporté le 28 février 2026');
		expect(t.footer[3]).toMatch(
			/^Citer : Contributeurs d’UNTOC Timeline\. \(2025\)\. Chronologie des événements, 1994–2006 \[Visualisation de données\]\./
		);
	});

	it('chartFigureText(...) in French names the instruments and the undated Parties in French', async () => {
		await setLang('fr');
		const shown = [instrument('UNTOC'), instrument('TIP')];
		const t = chartFigureText('Croissance', exportInfo(page), 'Parties', shown, [
			{ id: 'TIP', leftOut: 3 }
		]);
		expect(t.legend.map((l) => l.label)).toEqual([
			'Convention',
			'Protocole relatif à la traite des personnes'
		]);
		expect(t.footer[0]).toBe(
			'* Les totaux comprennent des Parties dont on ne connaît pas la date à laquelle elles le sont devenues (Traite des personnes : 3) ; elles ne figurent pas sur les courbes.'
		);
		expect(t.footer[1]).toMatch(/^Sources : /);
	});

	it('chartFigureText(...) in English keeps the dataset’s instrument names in the legend', () => {
		const t = chartFigureText(
			'Growth',
			exportInfo(page),
			'Parties',
			[instrument('SOM')],
			[{ id: 'SOM', leftOut: 2 }]
		);
		expect(t.legend[0]?.label).toBe('SOM');
		expect(t.footer[0]).toBe(
			'* Totals include Parties whose date of joining is not known (2 Smuggling); they are not drawn on the lines.'
		);
	});
});
