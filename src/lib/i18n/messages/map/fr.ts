import type { ConsentKind, InstrumentId } from '$lib/data/schema';
import { grammar } from '../../plural';
import type en from './en';

const { n, plural } = grammar('fr');

/** The instruments' short names in UNODC's French, and whether they take "le" (masculine). */
const NAME: Record<InstrumentId, { name: string; le: boolean }> = {
	UNTOC: { name: 'Convention', le: false },
	TIP: { name: 'Protocole relatif à la traite des personnes', le: true },
	SOM: { name: 'Protocole relatif au trafic illicite de migrants', le: true },
	FIR: { name: 'Protocole relatif aux armes à feu', le: true }
};
type Id = { id: InstrumentId };
const la = (i: Id) => `${NAME[i.id].le ? 'le' : 'la'} ${NAME[i.id].name}`;
const dela = (i: Id) => `${NAME[i.id].le ? 'du' : 'de la'} ${NAME[i.id].name}`;
const ala = (i: Id) => `${NAME[i.id].le ? 'au' : 'à la'} ${NAME[i.id].name}`;

const KIND: Record<ConsentKind, string> = {
	ratification: 'Ratification',
	accession: 'Adhésion',
	acceptance: 'Acceptation',
	approval: 'Approbation',
	succession: 'Succession',
	'formal-confirmation': 'Confirmation formelle'
};
const consent = (k: ConsentKind | null) =>
	k ? KIND[k] : 'Expression du consentement (forme non précisée)';
const until = (to: string | null) => (to ? `le ${to}` : 'une date inconnue');

export default {
	instrument: (i) => NAME[i.id].name,

	status: {
		'not-signatory': 'Non signataire',
		signed: 'Signataire',
		deposited: 'Partie, pas encore en vigueur',
		'in-force': 'En vigueur',
		unknown: 'Partie à une date inconnue'
	},
	statusFilter: {
		party: 'Partie (en vigueur ou non)',
		'in-force': 'Partie, en vigueur',
		deposited: 'Partie, pas encore en vigueur',
		unknown: 'Partie à une date inconnue',
		signed: 'Signataire, pas encore Partie',
		'not-signatory': 'Non signataire'
	},

	stepSigned: (d) => `Signature le ${d}`,
	stepConsent: (k, d) => `${consent(k)} le ${d}`,
	stepConsentWindow: (k, from, to) =>
		`${consent(k)} entre le ${from} et ${until(to)} (date exacte inconnue)`,
	stepInForce: (d) => `Entrée en vigueur le ${d}`,
	stepInForceBy: (d) => `Entrée en vigueur au plus tard le ${d}`,

	phraseNotSignatory: 'Non signataire',
	phraseSigned: (d) => `Signataire depuis le ${d}, non Partie`,
	becameParty: (from, to) => `qualité de Partie acquise entre le ${from} et ${until(to)}`,
	phraseUnknown: (joined) => `Partie à une date inconnue : ${joined} (date exacte inconnue)`,
	phraseInForce: (d) => `Partie, en vigueur depuis le ${d}`,
	phraseDeposited: (deposit, inForce) =>
		`Partie depuis le ${deposit}, en vigueur à compter du ${inForce}`,
	phraseInForceBy: (d, joined) => `Partie, en vigueur au plus tard le ${d} (${joined})`,
	phraseDepositedBy: (joined, d) =>
		`Partie (${joined}), en vigueur au plus tard ${d ? `le ${d}` : 'à une date inconnue'}`,

	actionSigns: (name, i, d) => `${name} : signature ${dela(i)}, ${d}`,
	actionJoins: (name, i, d) => `${name} : Partie ${ala(i)} depuis le ${d}`,

	title: 'Qui était lié, et où',
	sub: (i) => [
		`Statut de chaque État à l’égard ${dela(i)} au `,
		', comme dans le tableau des participants.'
	],
	instrumentLegend: 'Instrument',
	plotLabel: (d, i) => `États sur la carte : ${d}, ${NAME[i.id].name}`,
	stateLabel: (name, phrase) => `${name} : ${phrase}`,
	loading: 'Chargement de la carte…',
	loadFailed: 'La carte n’a pas pu être chargée.',
	stageDate: (d) => `, ${d}`,
	keys: 'Cliquez sur un État pour le sélectionner. Clavier : Tab pour entrer dans la carte, flèches vers l’État le plus proche dans cette direction, Entrée pour sélectionner, Échap pour effacer.',
	toTable: 'Aller au tableau des participants',
	toTableAfter: ', l’équivalent de la carte sous forme de tableau.',
	credit:
		'Frontières : Natural Earth 1:110m (domaine public), via world-atlas. Les États trop petits pour être dessinés sont des points ; les zones grises sans statut ne sont pas des États du jeu de données.',
	dimmed: (count, groups) =>
		`${plural(count, { one: '# participant affiché', other: '# participants affichés' })} par les filtres de la page${groups ? ` (${groups.join(', ') || 'aucun groupe régional'})` : ''} ; autres États estompés`,

	disclaimer:
		'Les frontières et les noms indiqués et les désignations employées sur cette carte n’impliquent pas reconnaissance ou acceptation officielle de la part de l’Organisation des Nations Unies.',

	plotDefault: 'Carte du monde',

	legend: 'Légende : États par statut',
	otherAreas: 'Autres zones (aucun État dans les données)',

	time: 'Date de la carte',
	prev: (d) => `Précédent : ${d}`,
	prevYear: 'Année précédente',
	next: (d) => `Suivant : ${d}`,
	nextYear: 'Année suivante',
	pause: 'Pause',
	resume: 'Reprendre',
	play: (from, to) => `Lecture ${from}–${to}`,

	close: 'Fermer',
	closeWhat: ' la fiche du participant',
	noGroup: 'Membre d’aucun groupe régional de l’ONU',
	onDate: (d, phrase) => `Au ${d} : ${phrase}`,
	cardStatus: {
		'not-signatory': 'ni signataire ni Partie',
		signed: 'signataire, pas encore Partie',
		deposited: 'Partie, l’instrument n’étant pas encore en vigueur à son égard',
		'in-force': 'Partie, liée par l’instrument',
		unknown: 'Partie (depuis une date inconnue)'
	},
	untcRecord: (no) => `Fiche de la Collection des traités des Nations Unies (${no})`,
	source: 'Source :',
	noRecord: 'Aucune signature ni aucun consentement enregistrés.',

	exportTitle: (i, d) => `Qui était lié par ${la(i)} : chaque État au ${d}`,
	exportSubtitle: 'Statut de chaque État à cette date (Parties en bleu)',
	legendCount: (label, count) => `${label} (${n(count)})`,
	euNote: (phrase) =>
		`Union européenne (Partie à certains instruments, mais pas un État, donc absente de la carte) : ${phrase}.`,
	geometrySource:
		'Frontières : Natural Earth 1:110m Admin 0 countries (domaine public), via world-atlas 2.0.2 ; les États que l’atlas ne dessine pas sont des points au centroïde de leur plus grand polygone Natural Earth 1:10m (data/state-positions.csv). Les zones grises sans statut ne sont pas des États du jeu de données.',
	csvWindow: (from, to) => `entre ${from} et ${to ?? 'date inconnue'}`,
	csvShape: 'forme',
	csvDot: (lon, lat) => `point à ${lon}, ${lat}`,
	csvNoAction: 'aucun acte relatif au traité enregistré', // review: UNTC’s French for “treaty action”
	csvPosition: (source) => `position : ${source}`
} satisfies typeof en;
