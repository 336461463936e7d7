import { afterEach, describe, expect, it } from 'vitest';
import { action, instrument, participant } from '$fixtures/testFixtures';
import { registerAliases, setLang } from '$lib/i18n/i18n.svelte';
import { buildStatusIndex } from './legalStatus';
import { partyActions } from './partyActions';

describe('partyActions in the interface’s language', () => {
	afterEach(() => setLang('en'));
	const index = buildStatusIndex({
		instruments: [
			instrument('UNTOC'),
			instrument('TIP', {}, 'UNTOC'),
			instrument('SOM', {}, 'UNTOC'),
			instrument('FIR', {}, 'UNTOC')
		],
		participants: [participant('ITA')],
		treatyActions: [
			action('ITA', 'UNTOC', { signatureDate: '2000-12-12', consentDate: '2006-08-02' }),
			action('ITA', 'TIP', { signatureDate: '2000-12-12' })
		]
	});
	const names = new Map([
		['UNTOC', 'Convention'],
		['TIP', 'Trafficking in Persons Protocol']
	] as const);
	registerAliases([{ participant: 'ITA', alias: 'IT', kind: 'alpha-2' }]);
	const labels = () =>
		partyActions(index, { iso3: 'ITA', name: 'Italy' }, names).map((a) => a.label);

	it('partyActions(...) in English keeps the dataset’s names', () => {
		expect(labels()).toEqual([
			'Italy signs the Convention, 12 December 2000',
			'Italy becomes a Party to the Convention, 2 August 2006',
			'Italy signs the Trafficking in Persons Protocol, 12 December 2000'
		]);
	});
	it('partyActions(...) in French names the State and the instrument in French', async () => {
		await setLang('fr');
		expect(labels()).toEqual([
			'Italie : signature de la Convention, 12 décembre 2000',
			'Italie : Partie à la Convention depuis le 2 août 2006',
			'Italie : signature du Protocole relatif à la traite des personnes, 12 décembre 2000'
		]);
	});
	it('partyActions(...) in Russian puts the instrument in the genitive', async () => {
		await setLang('ru');
		expect(labels()[1]).toBe('Италия: участник Конвенции с 2 августа 2006 г.');
	});
});
