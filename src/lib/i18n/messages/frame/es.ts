import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('es');

export default {
	skip: 'Ir al contenido',
	siteNav: 'Sitio',
	navTimeline: 'Cronología',
	navPresent: 'Presentar',
	navTours: 'Sus recorridos',
	navAbout: 'Acerca de los datos',
	footer:
		'UNTOC Timeline — una historia de código abierto de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y sus Protocolos. Cada registro indica su fuente; véase',
	language: 'Idioma',
	inEnglish: 'en inglés',
	period: '.',

	instrumentShort: {
		UNTOC: 'Convención',
		TIP: 'Protocolo contra la trata de personas',
		SOM: 'Protocolo contra el tráfico ilícito de migrantes',
		FIR: 'Protocolo sobre armas de fuego'
	},

	reasonRepeated: 'parámetro repetido',
	reasonUnknownParam: 'parámetro desconocido',
	reasonNotOneOf: (list: string) => `no es ninguno de estos valores: ${list}`,
	reasonNotDate: 'no es una fecha',
	reasonBefore: (date: string) => `anterior a ${date}`,
	reasonAfter: (date: string) => `posterior a ${date}`,
	reasonFromAfterTo: 'from es posterior a to',
	reasonUnknownCategory: (id: string) => `categoría desconocida: ${id}`,
	reasonUnknownGroup: (id: string) => `grupo regional desconocido: ${id}`,
	reasonUnknownInstrument: (id: string) => `instrumento desconocido: ${id}`,
	reasonTooLong: (max: number) => `más de ${n(max)} caracteres: recortado a ${n(max)}`,
	reasonNoEvent: 'no existe ese acontecimiento',
	reasonBeforeAdoption: 'anterior a la aprobación de la Convención',
	reasonNoParticipant: 'no existe ese participante',
	reasonNoSession: 'no existe ese período de sesiones',
	reasonOnlyWindow: 'solo se entiende "window"',
	reasonNotAStop: (stops: number) => `no es una parada de este recorrido (${n(1)}–${n(stops)})`,
	reasonMalformed: 'secuencia de escape % mal formada: se lee como el texto que es',

	noticeIntro: 'Parte de la dirección de esta página no se pudo usar y se ha omitido:',
	dismiss: 'Cerrar',

	viewFailed: (name: string) => `${name}: no se pudo mostrar.`,
	viewFailedRest: 'El resto de la página sigue funcionando.',
	tryAgain: 'Reintentar',
	reload: 'Volver a cargar la página',

	notFound: 'Página no encontrada',
	wentWrong: 'Se ha producido un error',
	noPageBefore: 'No hay ninguna página en',
	noPageAfter: '. Puede que la dirección esté mal escrita o que la página se haya trasladado.',
	unexpected: 'Se ha producido un error inesperado.',
	goTimeline: 'Ir a la cronología',
	goTimelineWhat: 'todos los acontecimientos, 1975–2024',
	aboutWhat: 'fuentes, lagunas y cómo citar',

	homeTitle: 'UNTOC Timeline · la Convención de Palermo y sus Protocolos, 1975–2024',
	homeDescription:
		'Una historia documentada de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y sus tres Protocolos, 1975–2024.',
	homeHeading: 'La Convención de Palermo y sus Protocolos, 1975–2024',
	homeLede:
		'La Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y sus Protocolos sobre la trata de personas, el tráfico ilícito de migrantes y las armas de fuego: cómo surgieron, desde el Quinto Congreso de las Naciones Unidas sobre Prevención del Delito (Ginebra, 1975) hasta el 12º período de sesiones de la Conferencia de las Partes (Viena, 2024), y quién se adhirió a ellos y cuándo. Cada registro indica su fuente.',
	viewFigures: 'Las cifras principales',
	dashboardLoading: 'Cargando la cronología, los gráficos y las tablas…',
	dashboardFailed: 'No se pudo cargar el panel.',
	dashboardFailedRest: 'Compruebe la conexión y vuelva a cargar la página.',

	figuresTitle: 'Cifras principales',
	figuresEvents: (first: string, last: string) => `Acontecimientos, ${first}–${last}`,
	figuresSessions: 'Períodos de sesiones de la Conferencia',
	figuresPartiesTo: {
		UNTOC: 'Partes en la ',
		TIP: 'Partes en el ',
		SOM: 'Partes en el ',
		FIR: 'Partes en el '
	},
	figuresUndated: (count: number) => `${n(count)} sin fecha`,
	figuresPossible: (count: number) => plural(count, { one: '+# posible', other: '+# posibles' }),
	figuresNoteSep: '; ',
	figuresChosenBefore: 'Recuento al ',
	figuresChosenAfter:
		', la fecha de referencia que usted eligió: Partes cuyo consentimiento se había depositado para entonces, incluidas las que no tienen fecha pero consta que eran Partes en esa fecha; véanse las',
	figuresDataBefore: 'Partes registradas al ',
	figuresDataAfter:
		', fecha de la última acción relativa a los tratados en los datos; incluidas las Partes sin fecha, faltan algunas posteriores: véanse las',
	knownGaps: 'lagunas conocidas',

	presentTitle: 'Presentar un recorrido',
	presentIntro:
		'Un recorrido avanza por la historia vista a vista, para una sala con proyector. Use → Espacio AvPág (o un control remoto) para avanzar, ← RePág para retroceder, F para pantalla completa y Esc para salir.',
	stops: (count: number) => plural(count, { one: '(# parada)', other: '(# paradas)' }),
	startDark: 'Comenzar (proyector, oscuro)',
	startLight: 'Comenzar (proyector, claro)',
	noToursBefore:
		'Aún no hay ninguno en este navegador. Cree uno a partir de las vistas que explore con «Añadir esta vista a un recorrido», o abra un archivo de recorrido en', // review: the button's label is translated in the present area; keep both the same
	presenterView: 'Vista del presentador',
	edit: 'Editar',
	viewTourEditor: 'El editor de recorridos',
	presenter: 'Presentador',

	aboutIntroBefore:
		'UNTOC Timeline cuenta la historia de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional (UNTOC, la Convención de Palermo) y sus tres Protocolos, desde el primer debate de las Naciones Unidas sobre la delincuencia organizada en el Quinto Congreso de las Naciones Unidas sobre Prevención del Delito (Ginebra, 1975) hasta el 12º período de sesiones de la Conferencia de las Partes (Viena, octubre de 2024). Los datos se distribuyen con la aplicación en su carpeta',
	aboutIntroAfter:
		'; la aplicación nunca descarga nada de otro lugar, por lo que funciona sin conexión.',
	contentsHeading: 'Qué contienen los datos',
	filesCaption: 'Archivos de los datos',
	colFile: 'Archivo',
	colRecords: 'Registros',
	colWhat: 'Contenido',
	colSource: 'Procedencia',
	eventsWhat:
		'Acontecimientos de 1975 a 2024, cada uno fechado con la precisión que permiten sus fuentes (día, mes o año)',
	eventsSourceBefore:
		'Resoluciones y documentos de las Naciones Unidas, comunicados de prensa del Servicio de Información de las Naciones Unidas y de la UNODC, la publicación de la UNODC',
	eventsSourceAfter: '(2020) y fuentes secundarias; indicadas en cada acontecimiento',
	copWhat:
		'Períodos de sesiones de la Conferencia de las Partes, 2004–2024: fechas, lugar, presidencias, resoluciones y decisiones, participación',
	copSource:
		'Informes de los períodos de sesiones y páginas de las decisiones, comunicados y discursos de la UNODC y del Servicio de Información de las Naciones Unidas',
	instrumentsWhat: 'La Convención y sus Protocolos: aprobación, firma, entrada en vigor y su regla',
	instrumentsSource:
		'Los textos de los tratados (con artículos citados), la Colección de Tratados de las Naciones Unidas, comunicados del Servicio de Información de las Naciones Unidas',
	participantsWhat:
		'Estados y organizaciones: códigos ISO y M49, región de las Naciones Unidas, grupo regional de las Naciones Unidas',
	participantsSource:
		'M49 de la División de Estadística de las Naciones Unidas; lista de grupos regionales del DGACM',
	actionsWhat: 'Firmas y consentimientos en obligarse, una fila por participante e instrumento',
	actionsSource:
		'Una extracción de la Colección de Tratados de las Naciones Unidas (completa hasta mediados de 2014) y, después, acciones documentadas una por una',
	countsWhat: 'Cifras publicadas de Partes, que sirven para comprobar la tabla',
	countsSource:
		'Comunicados de prensa de las Naciones Unidas, la Colección de Tratados de las Naciones Unidas, la UNODC',
	asOfHeading: 'Actualidad de los datos',
	asOfBefore: 'La última acción relativa a los tratados registrada es del ',
	asOfAfter:
		'. Los acontecimientos y los períodos de sesiones de la Conferencia llegan hasta noviembre de 2024. Las acciones relativas a los tratados están completas hasta mediados de 2014, a partir de una extracción de la Colección de Tratados de las Naciones Unidas; las posteriores se encontraron una por una y faltan algunas (véase más abajo).',
	gapsHeading: 'Lagunas conocidas',
	gapsIntro:
		'Aquí nada se completa por conjetura: un hecho que las fuentes no dan sigue siendo desconocido.',
	undatedHeading: (count: number) => `Partes cuya fecha no se conoce (${n(count)})`,
	undatedIntro:
		'Cada una se cuenta como Parte una vez transcurrido el intervalo en el que debe estar su fecha, y nunca se le asigna una fecha.',
	undatedItem: (instrument: string, from: string, to: string) =>
		`${instrument}: entre ${from} y ${to}`,
	unknownDate: 'una fecha desconocida',
	unknownKindHeading: (count: number) =>
		`Consentimientos cuyo tipo no está registrado (${n(count)})`,
	unknownKindItem: (instrument: string, date: string) => `${instrument}, ${date}`,
	noConventionHeading: (count: number) =>
		`Partes en un Protocolo sin registro de la Convención (${n(count)})`,
	noConventionIntro:
		'Solo una Parte en la Convención puede ser parte en un Protocolo (Convención, artículo 37, párrafo 2), pero los datos no registran el consentimiento de estas Partes en la Convención.',
	noConventionItem: (instrument: string, date: string) =>
		`Parte en el ${instrument} (${date}); consentimiento en la Convención no registrado`,
	copGapsHeading: 'Períodos de sesiones de la Conferencia de las Partes',
	copGapSession: (session: number) => `${n(session)}.º período de sesiones:`,
	fullListBefore:
		'La lista completa, con cada discrepancia entre las fuentes y cómo se resolvió, está en',
	titlesHeading: 'La Convención y sus Protocolos',
	titlesIntro:
		'Sus títulos oficiales, en este idioma cuando una página de las Naciones Unidas los da (data/instrument-titles.csv); si no, en inglés.', // review: wording of the titles note
	titleSource: 'leído en',
	citeHeading: 'Cómo citar',
	citeIntro: 'Cite la vista que utilizó y la fecha de referencia de los datos, por ejemplo:',
	citeAuthors: 'Colaboradores de UNTOC Timeline.',
	citeKind: '[conjunto de datos y aplicación web], datos al',
	citeAccessed: '. Consultado el [fecha], en [la dirección de la página utilizada].',
	citeFact:
		'Para un hecho, cite también la fuente indicada en su registro: la aplicación es una guía de las fuentes, no las sustituye.',
	licenceHeading: 'Licencia',
	licenceText:
		'El código de la aplicación se publica con la licencia MIT. Los datos (su estructura, su selección y nuestras propias descripciones) se publican con la licencia Creative Commons Atribución 4.0 (CC BY 4.0). Las frases citadas de los tratados y los hechos de los registros de las Naciones Unidas pertenecen a sus fuentes; los códigos de países y las regiones siguen el M49 de la División de Estadística de las Naciones Unidas.'
} satisfies typeof en;
