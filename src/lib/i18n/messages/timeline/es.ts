import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('es');
const events = (x: number) => plural(x, { one: '# acontecimiento', other: '# acontecimientos' });

export default {
	category: {
		congress: 'Congreso de la ONU sobre el Delito', // review: short lane name for «Congreso de las Naciones Unidas sobre Prevención del Delito y Justicia Penal»
		'general-assembly': 'Asamblea General',
		negotiation: 'Negociación',
		signature: 'Firma',
		'entry-into-force': 'Entrada en vigor',
		cop: 'Conferencia de las Partes',
		'working-group': 'Grupo de trabajo',
		'review-mechanism': 'Mecanismo de examen',
		other: 'Otros'
	},
	group: {
		AFR: 'Grupo de Estados de África',
		APG: 'Grupo de Estados de Asia y el Pacífico',
		EEG: 'Grupo de Estados de Europa Oriental',
		GRULAC: 'Grupo de Estados de América Latina y el Caribe',
		WEOG: 'Grupo de Estados de Europa Occidental y otros Estados'
	},

	title: 'Cronología de acontecimientos, 1975–2024',
	exportTitle: (window: string) => `Cronología de acontecimientos, ${window}`,

	summary: (count: number, first: string, last: string, lanes: number, window: string) =>
		`${events(count)} (${first} – ${last}) en ${plural(lanes, { one: '# categoría', other: '# categorías' })}; se muestra: ${window}.`,
	noEvents: 'Ningún acontecimiento coincide con los filtros.',
	clusterName: (count: number, span: string, titles: string) =>
		`${events(count)}, ${span}: ${titles}. Acerque la vista para verlos.`,

	markName: (title: string, date: string) => `${title}, ${date}`,
	chip: (count: number) => `+${n(count)}`,

	zoom: 'Zoom',
	zoomIn: 'Acercar',
	zoomOut: 'Alejar',
	showAll: 'Mostrar 1975–2024',

	keys: 'Teclas',
	keysPrefix: 'Teclas:',
	keyPrevNext: 'acontecimiento anterior o siguiente',
	keyLane: 'otra categoría',
	keyDetails: 'detalles',
	keyZoom: 'zoom',
	keyPan: 'desplazar',
	keyEnds: 'primer o último acontecimiento',
	keyAll: 'todo el período',
	keyClose: 'cerrar los detalles',
	keySep: ', ',
	keyEnd: '.',

	categories: 'Categorías',

	close: 'Cerrar',
	closeDetails: ' los detalles',
	knownMonth: 'Solo se conoce el mes.',
	knownYear: 'Solo se conoce el año.',
	date: 'Fecha',
	categoryTerm: 'Categoría',
	location: 'Lugar',
	instruments: 'Instrumentos',
	notKnown: 'Se desconoce',
	noInstruments: 'Ninguno en particular',
	note: 'Nota:',
	sources: 'Fuentes',
	newTab: ' (se abre en una pestaña nueva)',

	clusterLabel: 'Acontecimientos de este grupo',
	clusterCount: events,
	clusterMore: (count: number) => `y ${n(count)} más`,
	clickZoom: 'Haga clic para acercar.',
	clickList: 'Haga clic para verlos en una lista.'
} satisfies typeof en;
