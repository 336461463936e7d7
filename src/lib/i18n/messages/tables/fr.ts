import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('fr');
const ORDINALS = [
	'Première',
	'Deuxième',
	'Troisième',
	'Quatrième',
	'Cinquième',
	'Sixième',
	'Septième',
	'Huitième',
	'Neuvième',
	'Dixième',
	'Onzième',
	'Douzième'
];
const dirText = (dir: string | null) => (dir ? ` (ordre ${dir})` : '');

export default {
	// Dashboard
	filters: 'Filtres',
	ratifications: 'Ratifications',
	tables: 'Tableaux',
	details: 'Détails',
	events: 'Événements',
	participants: 'Participants',
	copSessions: 'Sessions de la Conférence des Parties',
	count: (k: number) => `(${n(k)})`,
	cite: 'Citer\u00a0:',
	printedView: 'UNTOC Timeline, version imprimée',
	viewTimeline: 'La chronologie',
	viewChart: 'Le graphique de croissance',
	viewSessions: 'Le tableau des sessions de la Conférence',
	viewMap: 'La carte du monde',
	viewEvents: 'Le tableau des événements',
	viewParticipants: 'Le tableau des participants',
	viewEvent: "Les détails de l'événement",
	viewParty: 'La fiche du participant',

	// Column headers
	colDate: 'Date',
	colEvent: 'Événement',
	colCategory: 'Catégorie',
	colLocation: 'Lieu',
	colSources: 'Sources',
	colParticipant: 'Participant',
	colGroup: 'Groupe',
	colRegion: 'Région',
	colSession: 'Session',
	colPlace: 'Lieu',
	colPresident: 'Présidence',
	colPresidingGroup: 'Groupe présidant', // review: "groupe régional assurant la présidence" is longer
	colOutcomes: 'Textes adoptés',
	colParticipation: 'Participation',
	ascending: 'croissant',
	descending: 'décroissant',
	bestMatch: 'pertinence',

	// EventsTable
	eventsCaption: (shown: number, total: number, by: string, dir: string | null) =>
		`Événements, 1975–2024\u00a0: ${n(shown)} sur ${n(total)}, triés par ${by.toLowerCase()}${dirText(dir)}.`,
	notKnown: 'Non connu',

	// ParticipantsTable
	status: 'Statut',
	anyStatus: 'Tous',
	statusFor: 'à l’égard de',
	joinedInWindow: 'Seulement ceux devenus parties pendant la période',
	namesMatching: (q: string) => `Noms contenant «\u00a0${q}\u00a0»`,
	groupsShown: (list: string) => `Groupes régionaux\u00a0: ${list}`,
	noGroupsShown: 'aucun',
	participantsCaption: (shown: number, total: number, by: string, dir: string | null) =>
		`${plural(shown, { one: '# participant', other: '# participants' })} sur ${n(total)}, triés par ${by.toLowerCase()}${dirText(dir)}\u00a0; statut à la date choisie.`,
	noGroup: 'Aucun',
	later: 'plus tard',

	// CopSessionsTable
	sessionsCaption: (shown: number, total: number) =>
		`${plural(shown, { one: '# session', other: '# sessions' })} sur ${n(total)}. «\u00a0Non connu\u00a0» signifie que les sources consultées ne le précisent pas.`,
	/** Kept as "COP n": the search finds a session by it. */
	cop: (s: number) => `COP ${s}`,
	ordinalSession: (s: number) => (ORDINALS[s - 1] ? `${ORDINALS[s - 1]} session` : `Session ${s}`),
	hybrid: 'Hybride',
	inPerson: 'En présentiel',
	formatNotKnown: 'Format non connu',
	venueNotKnown: 'Lieu de réunion non connu',
	inferredGroup: '(déduit du pays de la présidence)',
	numberNotKnown: 'Nombre non connu',
	symbolNotKnown: 'Cote non connue', // review: "cote" is the UN French word for a document symbol
	outcomeCount: (k: number, kind: string) => {
		const words: Record<string, [string, string]> = {
			resolution: ['résolution', 'résolutions'],
			resolutions: ['résolution', 'résolutions'],
			decision: ['décision', 'décisions'],
			decisions: ['décision', 'décisions'],
			'resolutions and decisions': ['résolution et décision', 'résolutions et décisions']
		};
		const w = words[kind];
		return w ? plural(k, { one: `# ${w[0]}`, other: `# ${w[1]}` }) : `${n(k)} ${kind}`;
	},
	listOutcomes: (k: number) => `Afficher ${n(k)}`,
	hideOutcomes: (k: number) => `Masquer ${n(k)}`,
	outcomesOf: (k: number, s: number) =>
		plural(k, { one: ' texte adopté par la COP ', other: ' textes adoptés par la COP ' }) + s,
	source: (i: number | null) => (i === null ? '[source]' : `[source ${i}]`),
	statesParties: (k: number) => plural(k, { one: '# État partie', other: '# États parties' }),
	signatories: (k: number) => plural(k, { one: '# signataire', other: '# signataires' }),
	observers: (k: number) => plural(k, { one: '# observateur', other: '# observateurs' }),
	ngos: (k: number) => plural(k, { one: '# ONG', other: '# ONG' }),
	participantsTotal: (k: number) => plural(k, { one: '# participant', other: '# participants' }),
	sideEvents: (k: number) =>
		plural(k, { one: '# manifestation parallèle', other: '# manifestations parallèles' }),

	// FilterControls
	search: 'Rechercher des événements, des États et des sessions',
	searchExample: 'Palermo 2000, Turquie, COP 1',
	timeWindow: 'Période',
	from: 'Du',
	to: 'Au',
	categories: 'Catégories',
	regionalGroups: 'Groupes régionaux',
	unRegionalGroups: 'Groupes régionaux de l’ONU',
	instruments: 'Instruments',
	ticked: (k: number, total: number) => `(${n(k)}/${n(total)})`,
	all: 'Tous',
	noCategory: 'Aucune',
	only: 'seulement',
	onlyThis: (name: string) => `Seulement ${name}`,
	groupsHint:
		'S’applique aux participants, à la ventilation du graphique et aux sessions de la Conférence (selon le groupe qui la préside).',
	instrumentsHint:
		'Les événements qui ne concernent aucun instrument en particulier restent affichés.',

	// FilterSummary and describeFilters
	everything: 'Tout, 1975–2024',
	activeFilters: 'Filtres actifs',
	removeFilter: (label: string) => `Retirer le filtre\u00a0: ${label}`,
	noCategories: 'Aucune catégorie',
	noInstruments: 'Aucun instrument',
	noGroups: 'Aucun groupe régional',
	joinedChip: 'Participants devenus parties pendant la période',
	quoted: (q: string) => `«\u00a0${q}\u00a0»`,
	summaryCount: (
		shown: number,
		total: number,
		sessions: number,
		parties: number,
		joined: boolean
	) =>
		`— ${plural(shown, { one: '# événement', other: '# événements' })} sur ${n(total)}, ${plural(sessions, { one: '# session', other: '# sessions' })}, ${
			joined
				? plural(parties, { one: '# Partie nouvelle', other: '# Parties nouvelles' })
				: plural(parties, { one: '# Partie', other: '# Parties' })
		}`, // review: "Partie nouvelle" for a participant that became a Party within the window
	reset: 'Réinitialiser',
	subtitleNoCategories: 'aucune catégorie',
	subtitleNoInstruments: 'aucun instrument',
	subtitleNoGroups: 'aucun groupe régional',
	subtitleSearch: (q: string) => `recherche «\u00a0${q}\u00a0»`,
	listSeparator: ', ',
	partSeparator: ' · '
} satisfies typeof en;
