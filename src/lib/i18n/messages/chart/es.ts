import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('es');
/** "1.ª", "40.ª": Parte is feminine. */
const ord = (x: number) => `${n(x)}.ª`;

export default {
	instrument: {
		UNTOC: 'Convención',
		TIP: 'Trata de personas',
		SOM: 'Tráfico de migrantes',
		FIR: 'Armas de fuego'
	},
	measure: {
		signatories: 'Signatarios',
		parties: 'Partes',
		'in-force': 'En vigor'
	},
	measureHelp: {
		signatories: 'Estados y organizaciones que firmaron',
		parties: 'Partes: consentimiento en obligarse depositado',
		'in-force': 'Partes respecto de las cuales el instrumento está en vigor'
	},
	measureAxis: {
		signatories: 'Signatarios (Estados y UE)',
		parties: 'Partes (Estados y UE)',
		'in-force': 'Partes respecto de las cuales está en vigor'
	},
	measureUnit: {
		signatories: (c: number) => plural(c, { one: 'firmante', other: 'firmantes' }),
		parties: (c: number) => plural(c, { one: 'Parte', other: 'Partes' }),
		'in-force': () => 'en vigor'
	},

	title: (lastYear: string) => `Evolución de las ratificaciones, 2000–${lastYear}`,
	sub: (help: string) => `${help}, por instrumento y por fecha.`,
	exportTitle: (measure: string, from: string, to: string) =>
		`Evolución de las ratificaciones: ${measure}, ${from} – ${to}`,
	milestoneTitle: (label: string, text: string, entryIntoForce: string) =>
		`${label} ${text}; entrada en vigor el ${entryIntoForce}`,
	hiddenNote: (date: string) =>
		`Líneas ocultas después del ${date}: haga su predicción y luego revélelas.`,
	brushHint: 'Arrastre aquí para elegir un período',
	leftOutItem: (count: number, label: string) => `${label}: ${n(count)}`,
	leftOutNote: (list: string, total: number) =>
		`* Fuera de las líneas: ${plural(total, { one: 'una Parte', other: '# Partes' })} (${list}) cuya fecha de adhesión no se conoce (solo un intervalo). ${total === 1 ? 'Se cuenta' : 'Se cuentan'} en los totales al final de las líneas y en la lectura una vez transcurrido su intervalo, y nunca ${total === 1 ? 'se dibuja' : 'se dibujan'} en una fecha inventada.`,
	keys: 'Puntero: muévalo para leer una fecha, haga clic para fijar la fecha de referencia. Teclas (con el gráfico enfocado): ← → cambio anterior o siguiente, Inicio Fin primero o último, Intro fijar como fecha de referencia, Esc volver a la fecha de referencia.',
	roleChart: 'gráfico',

	countLegend: 'Contar',
	linesLegend: 'Líneas',
	byGroup: 'Por grupo regional de las Naciones Unidas',

	readOn: 'El',
	readAsOf: 'Al',
	colon: ':',

	threshold: (count: number) => `${n(count)} instrumentos: el umbral de entrada en vigor`,
	inForce: (label: string) => `${label} en vigor`,
	copLegend: 'Período de sesiones de la COP',
	copTick: (session: number) => `COP ${n(session)}`,
	endLabel: (label: string, count: string, unit: string) =>
		`${label} · ${count}${unit ? ` ${unit}` : ''}`,

	tableSummary: 'Las cifras del gráfico (tabla)',
	tableCaption: (measure: string, asOf: string | null) =>
		`${measure} al final de cada año${asOf === null ? '' : `, y al ${asOf}`}`,
	dateHeader: 'Fecha',

	noGroup: 'Sin grupo regional',

	milestonesSummary: 'Hitos (tabla)',
	milestonesCaption:
		'La 1.ª, 40.ª, 100.ª y 150.ª Parte en cada instrumento, por fecha de depósito (incluida la Unión Europea; varios nombres: depositaron el mismo día)',
	instrumentHeader: 'Instrumento',
	nthParty: (rank: number) => `${ord(rank)} Parte`,
	notReached: 'no alcanzado',

	milestoneText: (rank: number, who: string, sameDay: boolean, date: string) =>
		`${ord(rank)}: ${who}${sameDay ? ' (mismo día)' : ''}, ${date}`,
	milestoneLine: (label: string, rank: number, who: string, date: string) =>
		`${label} ${ord(rank)}: ${who}, ${date}`,
	milestoneDay: (label: string, rank: number, date: string) => `${label} ${ord(rank)}, ${date}:`,
	sameDay: (who: string) => `${who} (mismo día)`,
	inForceOn: (date: string) => `en vigor el ${date}`,

	asOfLegend: 'Situación al',
	year: 'Año',
	date: 'Fecha',
	latest: (date: string) => `Últimos datos (${date})`,

	pickOnCalendar: (label: string) => `${label}: elegir en un calendario`,
	outOfRange: (from: string, to: string) => `Elija un día entre el ${from} y el ${to}`,
	enterDate: (example: string) => `Escriba una fecha, por ejemplo ${example}`,
	monthAsWord: (example: string, iso: string) =>
		`Escriba el mes con letras (${example}) o la fecha como ${iso}`,
	notADate: (example: string, iso: string) => `No es una fecha: escríbala como ${example} o ${iso}`,
	notAMonth: (long: string, short: string) => `No es un mes: escríbalo como ${long} o ${short}`,
	noSuchDay: (month: string, day: number) => `${month} no tiene día ${n(day)}`
} satisfies typeof en;
