import type { ConsentKind, InstrumentId } from '$lib/data/schema';
import { grammar } from '../../plural';
import type en from './en';

const { n, plural } = grammar('es');

/** The instruments' short names in UNODC's Spanish, and whether they take "el" (masculine). */
const NAME: Record<InstrumentId, { name: string; el: boolean }> = {
	UNTOC: { name: 'Convención', el: false },
	TIP: { name: 'Protocolo contra la Trata de Personas', el: true },
	SOM: { name: 'Protocolo contra el Tráfico Ilícito de Migrantes', el: true },
	FIR: { name: 'Protocolo sobre Armas de Fuego', el: true }
};
type Id = { id: InstrumentId };
const la = (i: Id) => `${NAME[i.id].el ? 'el' : 'la'} ${NAME[i.id].name}`;
const dela = (i: Id) => `${NAME[i.id].el ? 'del' : 'de la'} ${NAME[i.id].name}`;

const KIND: Record<ConsentKind, string> = {
	ratification: 'Ratificación',
	accession: 'Adhesión',
	acceptance: 'Aceptación',
	approval: 'Aprobación',
	succession: 'Sucesión',
	'formal-confirmation': 'Confirmación formal'
};
const consent = (k: ConsentKind | null) =>
	k ? KIND[k] : 'Consentimiento depositado (tipo no registrado)';
const until = (to: string | null) => (to ? `el ${to}` : 'una fecha desconocida');

export default {
	instrument: (i) => NAME[i.id].name,

	status: {
		'not-signatory': 'No signatario',
		signed: 'Signatario',
		deposited: 'Parte, aún no en vigor',
		'in-force': 'En vigor',
		unknown: 'Parte desde fecha desconocida'
	},
	statusFilter: {
		party: 'Parte (en vigor o no)',
		'in-force': 'Parte, en vigor',
		deposited: 'Parte, aún no en vigor',
		unknown: 'Parte desde fecha desconocida',
		signed: 'Signatario, aún no es parte',
		'not-signatory': 'No signatario'
	},

	stepSigned: (d) => `Firma: ${d}`,
	stepConsent: (k, d) => `${consent(k)}: ${d}`,
	stepConsentWindow: (k, from, to) =>
		`${consent(k)}: entre el ${from} y ${until(to)} (se desconoce la fecha exacta)`,
	stepInForce: (d) => `Entrada en vigor: ${d}`,
	stepInForceBy: (d) => `Entrada en vigor: a más tardar el ${d}`,

	phraseNotSignatory: 'No signatario',
	phraseSigned: (d) => `Signatario desde el ${d}, no es parte`,
	becameParty: (from, to) => `pasó a ser parte entre el ${from} y ${until(to)}`,
	phraseUnknown: (joined) =>
		`Parte desde fecha desconocida: ${joined} (se desconoce la fecha exacta)`,
	phraseInForce: (d) => `Parte, en vigor desde el ${d}`,
	phraseDeposited: (deposit, inForce) =>
		`Parte desde el ${deposit}, en vigor a partir del ${inForce}`,
	phraseInForceBy: (d, joined) => `Parte, en vigor a más tardar el ${d} (${joined})`,
	phraseDepositedBy: (joined, d) =>
		`Parte (${joined}), en vigor a más tardar ${d ? `el ${d}` : 'en una fecha desconocida'}`,

	actionSigns: (name, i, d) => `${name}: firma ${dela(i)}, ${d}`,
	actionJoins: (name, i, d) => `${name}: parte en ${la(i)} desde el ${d}`,

	title: 'Quién estaba obligado, y dónde',
	sub: (i) => [
		`Situación de cada Estado respecto ${dela(i)} al `,
		', como en la tabla de participantes.'
	],
	instrumentLegend: 'Instrumento',
	plotLabel: (d, i) => `Estados en el mapa: ${d}, ${NAME[i.id].name}`,
	stateLabel: (name, phrase) => `${name}: ${phrase}`,
	loading: 'Cargando el mapa…',
	loadFailed: 'No se pudo cargar el mapa.',
	stageDate: (d) => `, ${d}`,
	keys: 'Haga clic en un Estado para seleccionarlo. Teclas: Tab para entrar en el mapa, flechas hasta el Estado más cercano en esa dirección, Intro para seleccionar, Esc para borrar.',
	toTable: 'Ir a la tabla de participantes',
	toTableAfter: ', el equivalente del mapa en forma de tabla.',
	credit:
		'Límites: Natural Earth 1:110m (dominio público), vía world-atlas. Los Estados demasiado pequeños para dibujarlos aparecen como puntos; las zonas grises sin situación no son Estados del conjunto de datos.',
	dimmed: (count, groups) =>
		`${plural(count, { one: '# participante mostrado', other: '# participantes mostrados' })} por los filtros de la página${groups ? ` (${groups.join(', ') || 'ningún grupo regional'})` : ''}; los demás Estados, atenuados`,

	// review: recalled from UN maps; check against the Cartographic Section's Spanish disclaimer.
	disclaimer:
		'Los límites y los nombres que figuran en este mapa y las denominaciones empleadas en él no implican su apoyo o aceptación oficial por las Naciones Unidas.',

	plotDefault: 'Mapa del mundo',

	legend: 'Leyenda: Estados por situación',
	otherAreas: 'Otras zonas (ningún Estado en los datos)',

	time: 'Fecha del mapa',
	prev: (d) => `Anterior: ${d}`,
	prevYear: 'Año anterior',
	next: (d) => `Siguiente: ${d}`,
	nextYear: 'Año siguiente',
	pause: 'Pausa',
	resume: 'Reanudar',
	play: (from, to) => `Reproducir ${from}–${to}`,

	close: 'Cerrar',
	closeWhat: ' la ficha del participante',
	noGroup: 'En ningún grupo regional de las Naciones Unidas',
	onDate: (d, phrase) => `Al ${d}: ${phrase}`,
	cardStatus: {
		'not-signatory': 'ni signatario ni parte',
		signed: 'signatario, aún no es parte',
		deposited: 'parte, el instrumento aún no ha entrado en vigor respecto de ella',
		'in-force': 'parte, obligada por el instrumento',
		unknown: 'parte (se desconoce desde qué fecha)'
	},
	untcRecord: (no) => `Registro de la Colección de Tratados de las Naciones Unidas (${no})`,
	source: 'Fuente:',
	noRecord: 'No consta firma ni consentimiento.',

	exportTitle: (i, d) => `Quién estaba obligado por ${la(i)}: cada Estado al ${d}`,
	exportSubtitle: 'Situación de cada Estado en esa fecha (partes en azul)',
	legendCount: (label, count) => `${label} (${n(count)})`,
	euNote: (phrase) =>
		`Unión Europea (parte en algunos instrumentos, pero no un Estado, por lo que no figura en el mapa): ${phrase}.`,
	geometrySource:
		'Límites: Natural Earth 1:110m Admin 0 countries (dominio público), vía world-atlas 2.0.2; los Estados que el atlas no dibuja son puntos en el centroide de su mayor polígono de Natural Earth 1:10m (data/state-positions.csv). Las zonas grises sin situación no son Estados del conjunto de datos.',
	csvWindow: (from, to) => `entre ${from} y ${to ?? 'fecha desconocida'}`,
	csvShape: 'forma',
	csvDot: (lon, lat) => `punto en ${lon}, ${lat}`,
	csvNoAction: 'ninguna acción relativa al tratado registrada', // review: UNTC’s Spanish for “treaty action”
	csvPosition: (source) => `posición: ${source}`
} satisfies typeof en;
