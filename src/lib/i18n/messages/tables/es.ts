import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('es');
const ORDINALS = [
	'Primer',
	'Segundo',
	'Tercer',
	'Cuarto',
	'Quinto',
	'Sexto',
	'Séptimo',
	'Octavo',
	'Noveno',
	'Décimo',
	'Undécimo',
	'Duodécimo'
];
const dirText = (dir: string | null) => (dir ? ` (${dir})` : '');

export default {
	// Dashboard
	filters: 'Filtros',
	ratifications: 'Ratificaciones',
	tables: 'Tablas',
	details: 'Detalles',
	events: 'Eventos',
	participants: 'Participantes',
	copSessions: 'Períodos de sesiones de la Conferencia de las Partes',
	count: (k: number) => `(${n(k)})`,
	cite: 'Cítese como:',
	printedView: 'UNTOC Timeline, versión impresa',
	viewTimeline: 'La cronología',
	viewChart: 'El gráfico de crecimiento',
	viewSessions: 'La tabla de períodos de sesiones de la Conferencia',
	viewMap: 'El mapa mundial',
	viewEvents: 'La tabla de eventos',
	viewParticipants: 'La tabla de participantes',
	viewEvent: 'Los detalles del evento',
	viewParty: 'La ficha del participante',

	// Column headers
	colDate: 'Fecha',
	colEvent: 'Evento',
	colCategory: 'Categoría',
	colLocation: 'Lugar',
	colSources: 'Fuentes',
	colParticipant: 'Participante',
	colGroup: 'Grupo',
	colRegion: 'Región',
	colSession: 'Período de sesiones',
	colPlace: 'Lugar',
	colPresident: 'Presidencia',
	colPresidingGroup: 'Grupo que preside',
	colOutcomes: 'Textos aprobados',
	colParticipation: 'Participación',
	ascending: 'ascendente',
	descending: 'descendente',
	bestMatch: 'relevancia',

	// EventsTable
	eventsCaption: (shown: number, total: number, by: string, dir: string | null) =>
		`Eventos, 1975–2024: se muestran ${n(shown)} de ${n(total)}, ordenados por ${by.toLowerCase()}${dirText(dir)}.`,
	notKnown: 'Se desconoce',

	// ParticipantsTable
	status: 'Situación',
	anyStatus: 'Cualquiera',
	statusFor: 'respecto de',
	joinedInWindow: 'Solo los que pasaron a ser partes dentro del período',
	namesMatching: (q: string) => `Nombres que contienen «${q}»`,
	groupsShown: (list: string) => `Grupos regionales: ${list}`,
	noGroupsShown: 'ninguno',
	participantsCaption: (shown: number, total: number, by: string, dir: string | null) =>
		`Se muestran ${n(shown)} de ${n(total)} participantes, ordenados por ${by.toLowerCase()}${dirText(dir)}; situación en la fecha elegida.`,
	noGroup: 'Ninguno',
	later: 'después',

	// CopSessionsTable
	sessionsCaption: (shown: number, total: number) =>
		`Se muestran ${n(shown)} de ${n(total)} períodos de sesiones. «Se desconoce» significa que las fuentes consultadas no lo indican.`,
	cop: (s: number) => `COP ${s}`,
	ordinalSession: (s: number) =>
		ORDINALS[s - 1] ? `${ORDINALS[s - 1]} período de sesiones` : `Período de sesiones ${s}`,
	hybrid: 'Híbrido',
	inPerson: 'Presencial',
	formatNotKnown: 'Se desconoce el formato',
	venueNotKnown: 'Se desconoce la sede',
	inferredGroup: '(deducido del país de la Presidencia)',
	numberNotKnown: 'Se desconoce el número',
	symbolNotKnown: 'Se desconoce la signatura', // review: "signatura" is the UN Spanish word for a document symbol
	outcomeCount: (k: number, kind: string) => {
		const words: Record<string, [string, string]> = {
			resolution: ['resolución', 'resoluciones'],
			resolutions: ['resolución', 'resoluciones'],
			decision: ['decisión', 'decisiones'],
			decisions: ['decisión', 'decisiones'],
			'resolutions and decisions': ['resolución y decisión', 'resoluciones y decisiones']
		};
		const w = words[kind];
		return w ? plural(k, { one: `# ${w[0]}`, other: `# ${w[1]}` }) : `${n(k)} ${kind}`;
	},
	listOutcomes: (k: number) => `Mostrar ${n(k)}`,
	hideOutcomes: (k: number) => `Ocultar ${n(k)}`,
	outcomesOf: (k: number, s: number) =>
		plural(k, { one: ' texto aprobado por la COP ', other: ' textos aprobados por la COP ' }) + s,
	source: (i: number | null) => (i === null ? '[fuente]' : `[fuente ${i}]`),
	statesParties: (k: number) => plural(k, { one: '# Estado parte', other: '# Estados partes' }),
	signatories: (k: number) => plural(k, { one: '# signatario', other: '# signatarios' }),
	observers: (k: number) => plural(k, { one: '# observador', other: '# observadores' }),
	ngos: (k: number) => plural(k, { one: '# ONG', other: '# ONG' }),
	participantsTotal: (k: number) => plural(k, { one: '# participante', other: '# participantes' }),
	sideEvents: (k: number) =>
		plural(k, { one: '# actividad paralela', other: '# actividades paralelas' }),

	// FilterControls
	search: 'Buscar eventos, Estados y períodos de sesiones',
	searchExample: 'Palermo 2000, Turquía, COP 1',
	timeWindow: 'Período',
	from: 'Desde',
	to: 'Hasta',
	categories: 'Categorías',
	regionalGroups: 'Grupos regionales',
	unRegionalGroups: 'Grupos regionales de las Naciones Unidas',
	instruments: 'Instrumentos',
	ticked: (k: number, total: number) => `(${n(k)}/${n(total)})`,
	all: 'Todos',
	noCategory: 'Ninguna',
	only: 'solo',
	onlyThis: (name: string) => `Solo ${name}`,
	groupsHint:
		'Se aplica a los participantes, al desglose del gráfico y a los períodos de sesiones de la Conferencia (según el grupo que preside).',
	instrumentsHint:
		'Los eventos que no se refieren a ningún instrumento concreto se muestran siempre.',

	// FilterSummary and describeFilters
	everything: 'Todo, 1975–2024',
	activeFilters: 'Filtros activos',
	removeFilter: (label: string) => `Quitar filtro: ${label}`,
	noCategories: 'Ninguna categoría',
	noInstruments: 'Ningún instrumento',
	noGroups: 'Ningún grupo regional',
	joinedChip: 'Participantes que pasaron a ser partes dentro del período',
	quoted: (q: string) => `«${q}»`,
	summaryCount: (
		shown: number,
		total: number,
		sessions: number,
		parties: number,
		joined: boolean
	) =>
		`— se muestran ${n(shown)} de ${n(total)} eventos, ${plural(sessions, { one: '# período de sesiones', other: '# períodos de sesiones' })}, ${
			joined
				? plural(parties, { one: '# nueva Parte', other: '# nuevas Partes' })
				: plural(parties, { one: '# Parte', other: '# Partes' })
		}`, // review: "nueva Parte" for a participant that became a Party within the window
	reset: 'Restablecer',
	subtitleNoCategories: 'ninguna categoría',
	subtitleNoInstruments: 'ningún instrumento',
	subtitleNoGroups: 'ningún grupo regional',
	subtitleSearch: (q: string) => `búsqueda «${q}»`,
	listSeparator: ', ',
	partSeparator: ' · '
} satisfies typeof en;
