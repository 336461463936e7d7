import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('fr');
const events = (x: number) => plural(x, { one: '# événement', other: '# événements' });

export default {
	category: {
		congress: 'Congrès de l’ONU sur la criminalité', // review: short lane name for « Congrès des Nations Unies pour la prévention du crime et la justice pénale »
		'general-assembly': 'Assemblée générale',
		negotiation: 'Négociation',
		signature: 'Signature',
		'entry-into-force': 'Entrée en vigueur',
		cop: 'Conférence des Parties',
		'working-group': 'Groupe de travail',
		'review-mechanism': 'Mécanisme d’examen',
		other: 'Autre'
	},
	group: {
		AFR: 'Groupe des États d’Afrique',
		APG: 'Groupe des États d’Asie et du Pacifique',
		EEG: 'Groupe des États d’Europe orientale',
		GRULAC: 'Groupe des États d’Amérique latine et des Caraïbes',
		WEOG: 'Groupe des États d’Europe occidentale et autres États'
	},

	title: 'Chronologie des événements, 1975–2024',
	exportTitle: (window: string) => `Chronologie des événements, ${window}`,

	summary: (count: number, first: string, last: string, lanes: number, window: string) =>
		`${events(count)} (${first} – ${last}) dans ${plural(lanes, { one: '# catégorie', other: '# catégories' })} ; période affichée : ${window}.`,
	noEvents: 'Aucun événement ne correspond aux filtres.',
	clusterName: (count: number, span: string, titles: string) =>
		`${events(count)}, ${span} : ${titles}. Zoomez pour les voir.`,

	markName: (title: string, date: string) => `${title}, ${date}`,
	chip: (count: number) => `+${n(count)}`,

	zoom: 'Zoom',
	zoomIn: 'Zoom avant',
	zoomOut: 'Zoom arrière',
	showAll: 'Afficher 1975–2024',

	keys: 'Touches',
	keysPrefix: 'Touches :',
	keyPrevNext: 'événement précédent ou suivant',
	keyLane: 'autre catégorie',
	keyDetails: 'détails',
	keyZoom: 'zoom',
	keyPan: 'défilement',
	keyEnds: 'premier ou dernier événement',
	keyAll: 'toute la période',
	keyClose: 'fermer les détails',
	keySep: ', ',
	keyEnd: '.',

	categories: 'Catégories',

	close: 'Fermer',
	closeDetails: ' les détails',
	knownMonth: 'Connu au mois près seulement.',
	knownYear: 'Connu à l’année près seulement.',
	date: 'Date',
	categoryTerm: 'Catégorie',
	location: 'Lieu',
	instruments: 'Instruments',
	notKnown: 'Inconnu',
	noInstruments: 'Aucun en particulier',
	note: 'Remarque :',
	sources: 'Sources',
	newTab: ' (s’ouvre dans un nouvel onglet)',

	clusterLabel: 'Événements de ce groupe',
	clusterCount: events,
	clusterMore: (count: number) => `et ${n(count)} de plus`,
	clickZoom: 'Cliquez pour zoomer.',
	clickList: 'Cliquez pour les afficher.'
} satisfies typeof en;
