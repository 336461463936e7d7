import type { InstrumentId, Measure } from '$lib/data/schema';
import { grammar } from '../../plural';
import type en from './en';
import type { CitationParts } from './en';

const { n } = grammar('es');

const AUTHOR = 'Colaboradores de UNTOC Timeline';
const WORK =
	'UNTOC Timeline: la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y sus Protocolos, 1975–2024';

/** The instruments' names as the UN writes them in this language (the dataset holds them in English). */
const NAME: Record<InstrumentId, string> = {
	UNTOC: 'Convención',
	TIP: 'Protocolo contra la Trata de Personas',
	SOM: 'Protocolo contra el Tráfico Ilícito de Migrantes',
	FIR: 'Protocolo sobre Armas de Fuego'
};

export default {
	export: 'Exportar',
	size: 'Tamaño',
	sizeScreen: 'Como en pantalla',
	sizeSlide: 'Diapositiva 16:9 (1920×1080)',
	sizeA4: 'A4 horizontal',
	theme: 'Tema',
	themeLight: 'Claro',
	themeDark: 'Proyector (oscuro)',
	pngScale: 'Escala del PNG',
	downloadSvg: 'Descargar SVG',
	downloadPng: 'Descargar PNG',
	downloadCsv: 'Descargar CSV',
	citeView: 'Citar esta vista',
	copy: 'Copiar',
	copied: 'Copiado',

	instrument: {
		UNTOC: 'Convención',
		TIP: 'Trata de personas',
		SOM: 'Tráfico de migrantes',
		FIR: 'Armas de fuego'
	} as Record<InstrumentId, string>,
	measure: {
		signatories: 'Signatarios',
		parties: 'Partes',
		'in-force': 'En vigor'
	} as Record<Measure, string>,
	instrumentName: (i) => NAME[i.id],

	eventsByCategory: 'Eventos por categoría',
	withCount: (label, count) => `${label} (${n(count)})`,
	leftOutItem: (count, label) => `${label}: ${n(count)}`,
	leftOutNote: (list) =>
		`* Los totales incluyen Partes cuya fecha de incorporación no se conoce (${list}); no se trazan en las líneas.`,

	asOf: (date, measure, values) => `Al ${date} (${measure}): ${values}`,
	asOfValue: (label, count) => `${label} ${n(count)}`,
	noInstruments: 'no se muestra ningún instrumento',

	sources:
		'Fuentes: los registros del conjunto de datos UNTOC Timeline — resoluciones y documentos de las Naciones Unidas, la Colección de Tratados de las Naciones Unidas, comunicados del Servicio de Información de las Naciones Unidas y de la UNODC, la UNODC, UNTOC at 20 (2020), y las demás fuentes indicadas en cada registro (enumeradas fila por fila en la exportación CSV).',
	view: (link) => `Vista: ${link}`,
	dates: (dataAsOf, exported) => `Datos al ${dataAsOf} · exportado el ${exported}`,
	citeLine: (citation) => `Cita: ${citation}`,

	apa: (c: CitationParts) =>
		`${AUTHOR}. (${c.year}). ${c.title} [Visualización de datos]. En ${WORK} (datos al ${c.dataAsOf}). Recuperado el ${c.accessed}${c.link ? `, de ${c.link}` : '.'}`,
	oscola: (c: CitationParts) =>
		`${AUTHOR}, «${c.title}» (${WORK}, datos al ${c.dataAsOf})${c.link ? ` <${c.link}>` : ''} consultado el ${c.accessed}`,
	bluebook: (c: CitationParts) =>
		`${AUTHOR}, ${c.title}, ${WORK} (datos al ${c.dataAsOf}),${c.link ? ` ${c.link}` : ''} (última consulta: ${c.accessed})`,

	step: {
		signatories: 'firma',
		parties: 'consentimiento depositado', // review: “consent to be bound deposited” (depósito del instrumento de ratificación, aceptación, aprobación o adhesión)
		'in-force': 'en vigor'
	} as Record<Measure, string>,
	undatedStep: (step, from, to) =>
		`${step}: fecha desconocida, entre ${from} y ${to ?? 'una fecha desconocida'}`,
	between: (from, to) => `entre ${from} y ${to ?? 'una fecha desconocida'}`
} satisfies typeof en;
