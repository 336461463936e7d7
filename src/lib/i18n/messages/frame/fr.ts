import type en from './en';

export default {
	skip: 'Aller au contenu',
	siteNav: 'Site',
	navTimeline: 'Chronologie',
	navPresent: 'Présenter',
	navTours: 'Vos parcours',
	navAbout: 'À propos des données',
	footer:
		'UNTOC Timeline — une histoire en source ouverte de la Convention des Nations Unies contre la criminalité transnationale organisée et de ses Protocoles. Chaque donnée indique sa source ; voir',
	language: 'Langue',
	inEnglish: 'en anglais'
} satisfies typeof en;
