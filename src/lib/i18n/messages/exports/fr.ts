import type { InstrumentId, Measure } from '$lib/data/schema';
import { grammar } from '../../plural';
import type en from './en';
import type { CitationParts } from './en';

const { n } = grammar('fr');

const AUTHOR = 'Contributeurs d’UNTOC Timeline'; // review: the project's authors, as a French citation names a collective author
const WORK =
	'UNTOC Timeline : la Convention des Nations Unies contre la criminalité transnationale organisée et ses Protocoles, 1975–2024';

/** The instruments' names as the UN writes them in this language (the dataset holds them in English). */
const NAME: Record<InstrumentId, string> = {
	UNTOC: 'Convention',
	TIP: 'Protocole relatif à la traite des personnes',
	SOM: 'Protocole relatif au trafic illicite de migrants',
	FIR: 'Protocole relatif aux armes à feu'
};

export default {
	export: 'Exporter',
	size: 'Taille',
	sizeScreen: 'Comme à l’écran',
	sizeSlide: 'Diapositive 16:9 (1920×1080)',
	sizeA4: 'A4 paysage',
	theme: 'Thème',
	themeLight: 'Clair',
	themeDark: 'Projecteur (sombre)',
	pngScale: 'Échelle du PNG',
	downloadSvg: 'Télécharger le SVG',
	downloadPng: 'Télécharger le PNG',
	downloadCsv: 'Télécharger le CSV',
	citeView: 'Citer cette vue',
	copy: 'Copier',
	copied: 'Copié',

	instrument: {
		UNTOC: 'Convention',
		TIP: 'Traite des personnes',
		SOM: 'Trafic de migrants',
		FIR: 'Armes à feu'
	} as Record<InstrumentId, string>,
	measure: {
		signatories: 'Signataires',
		parties: 'Parties',
		'in-force': 'En vigueur'
	} as Record<Measure, string>,
	instrumentName: (i) => NAME[i.id],

	eventsByCategory: 'Événements par catégorie',
	withCount: (label, count) => `${label} (${n(count)})`,
	leftOutItem: (count, label) => `${label} : ${n(count)}`,
	leftOutNote: (list) =>
		`* Les totaux comprennent des Parties dont on ne connaît pas la date à laquelle elles le sont devenues (${list}) ; elles ne figurent pas sur les courbes.`,

	asOf: (date, measure, values) => `Au ${date} (${measure}) : ${values}`,
	asOfValue: (label, count) => `${label} ${n(count)}`,
	noInstruments: 'aucun instrument affiché',

	sources:
		'Sources : les données d’UNTOC Timeline — résolutions et documents de l’ONU, Collection des traités des Nations Unies, communiqués du Service d’information des Nations Unies et de l’ONUDC, ONUDC, UNTOC at 20 (2020), et les autres sources citées pour chaque donnée (indiquées ligne par ligne dans l’export CSV).',
	view: (link) => `Vue : ${link}`,
	dates: (dataAsOf, exported) => `Données au ${dataAsOf} · exporté le ${exported}`,
	citeLine: (citation) => `Citer : ${citation}`,

	apa: (c: CitationParts) =>
		`${AUTHOR}. (${c.year}). ${c.title} [Visualisation de données]. Dans ${WORK} (données au ${c.dataAsOf}). Consulté le ${c.accessed}${c.link ? `, à l’adresse ${c.link}` : '.'}`,
	oscola: (c: CitationParts) =>
		`${AUTHOR}, « ${c.title} » (${WORK}, données au ${c.dataAsOf})${c.link ? ` <${c.link}>` : ''} consulté le ${c.accessed}`,
	bluebook: (c: CitationParts) =>
		`${AUTHOR}, ${c.title}, ${WORK} (données au ${c.dataAsOf}),${c.link ? ` ${c.link}` : ''} (dernière consultation le ${c.accessed})`,

	step: {
		signatories: 'signature',
		parties: 'consentement déposé', // review: “consent to be bound deposited” (instrument de ratification, d’acceptation, d’approbation ou d’adhésion)
		'in-force': 'en vigueur'
	} as Record<Measure, string>,
	undatedStep: (step, from, to) =>
		`${step} : date inconnue, entre ${from} et ${to ?? 'une date inconnue'}`,
	between: (from, to) => `entre ${from} et ${to ?? 'une date inconnue'}`
} satisfies typeof en;
