import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('es');

export default {
	// Presentation (the stage)
	stopOf: (at: number, of: number) => `Parada ${n(at)} de ${n(of)}`,
	sources: 'Fuentes:',
	stopView: 'La vista de esta parada',
	presentation: 'Presentación',
	previous: 'Anterior',
	reveal: 'Revelar',
	next: 'Siguiente',
	fullScreen: 'Pantalla completa',
	theme: 'Tema',
	themeDark: 'Proyector (oscuro)',
	themeLight: 'Proyector (claro)',
	themeStandard: 'Estándar',
	presenterView: 'Vista del presentador',
	allTours: 'Todos los recorridos',
	leave: 'Salir',

	// PresenterView
	presenterSuffix: ': vista del presentador',
	elapsed: 'Transcurrido',
	timeElapsed: 'Tiempo transcurrido',
	thisStop: 'Esta parada',
	timeOnStop: 'Tiempo en esta parada',
	restartTimers: 'Reiniciar los cronómetros',
	nowStop: (at: number, of: number) => `Ahora — parada ${n(at)} de ${n(of)}`,
	notRevealed: ' (aún no revelada: pulse → o R para revelar)',
	yourNotes: 'Sus notas',
	noNotes: 'No hay notas para esta parada.',
	onScreen: 'En la pantalla',
	nextLabel: 'A continuación',
	endOfTour: 'Fin del recorrido',
	nextStopView: 'La vista de la parada siguiente',

	// StageSessions
	unknown: 'desconocido',
	sessionsRegion: 'Períodos de sesiones de la Conferencia de las Partes',
	colSession: 'Período de sesiones',
	colDates: 'Fechas',
	colPlace: 'Lugar',
	colPresident: 'Presidencia',
	colStatesParties: 'Estados partes',
	colParticipants: 'Participantes',
	cop: (session: number) => `COP ${n(session)}`,

	// AddToTour
	addToTour: 'Añadir esta vista a un recorrido',
	addedAs: (stop: number, tour: string) => `Añadida como parada ${n(stop)} de «${tour}».`,
	editYourTours: 'Editar sus recorridos',
	stopShows: 'La parada muestra',
	viewChoice: {
		timeline: 'La cronología',
		ratifications: 'El gráfico de crecimiento (Partes a lo largo del tiempo)',
		'cop-sessions': 'Los períodos de sesiones de la Conferencia de las Partes',
		map: 'El mapa del mundo (quién estaba obligado y dónde)'
	},
	atFilters: 'Con los filtros de esta vista:',
	allFilters: '(todo, como al abrir)',
	title: 'Título',
	narration: 'Narración',
	notes: 'Notas para el presentador',
	optional: '(opcional)',
	eventsLabel: 'Fuentes: los acontecimientos de los que trata esta parada',
	eventsHint: (count: number) =>
		`${plural(count, { one: '# elegido', other: '# elegidos' })}. Ctrl o ⌘ (Mayús para un intervalo) para elegir más de uno.`,
	addItTo: 'Añadirla a',
	tourOption: (tour: string, stops: number) =>
		`${tour} (${plural(stops, { one: '# parada', other: '# paradas' })})`,
	newTour: 'Un recorrido nuevo…',
	newTourTitle: 'Título del recorrido nuevo',
	description: 'Descripción',
	newTourDescription: 'Un recorrido hecho con UNTOC Timeline.',
	addStop: 'Añadir parada',
	cancel: 'Cancelar',
	errTitle: 'Dé un título a la parada.',
	errNarration: 'Escriba lo que la sala debe oír en esta parada.',
	errEvents: 'Elija al menos un acontecimiento cuyas fuentes respalden la parada.',
	errNewTitle: 'Dé un título al recorrido nuevo.',
	errNewDescription: 'Describa el recorrido.',

	// stopDraft: the proposed title when nothing is selected
	draftTitle: (view: string, years: string) => `${view}, ${years}`,
	draftViews: {
		timeline: 'La cronología',
		ratifications: 'Las Partes a lo largo del tiempo',
		'cop-sessions': 'Los períodos de sesiones de la Conferencia de las Partes',
		map: 'Quién estaba obligado y dónde'
	},

	// TourEditor
	yourTours: 'Sus recorridos',
	lede1:
		'Recorridos que usted compone con las vistas que explora, guardados solo en este navegador. Añada una parada con «Añadir esta vista a un recorrido» en la',
	timelinePage: 'página de la cronología',
	lede2:
		'; guarde un recorrido como archivo para conservarlo, compartirlo o añadirlo a la carpeta de la aplicación',
	setAside: (reason: string) =>
		`No se pudieron leer todos los recorridos guardados en este navegador (${reason}). Su texto se apartó, no se borró; los recorridos que sí se pudieron leer figuran abajo.`,
	setAsideKept: 'Datos apartados que se guardan en este navegador:',
	downloadSetAside: 'Descargar los datos apartados',
	openFile: 'Abrir un archivo de recorrido',
	openFileLabel: 'Un recorrido guardado desde aquí, o un archivo de',
	opened: (tour: string, file: string, id: string | null) =>
		`Se abrió «${tour}» desde ${file}${id === null ? '' : ` como ${id} (su identificador ya estaba en uso)`}.`,
	notOpened: (file: string) => `${file} no se abrió; sus recorridos no han cambiado:`,
	deletedStop: (title: string) => `Se eliminó la parada «${title}».`,
	deletedTour: (title: string) => `Se eliminó el recorrido «${title}».`,
	undo: 'Deshacer',
	noTours1: 'Aún no hay recorridos. Abra la',
	noTours2: ', elija qué mostrar y use «Añadir esta vista a un recorrido».',
	present: 'Presentar',
	saveAsFile: 'Guardar como archivo',
	deleteTour: 'Eliminar el recorrido',
	tourTitle: 'Título del recorrido',
	cannotBeEmpty: 'Este campo no puede quedar vacío; se conserva el último texto guardado.',
	stops: 'Paradas',
	dragHint: 'Arrastre una parada por su asa, o use Subir y Bajar.',
	dragToReorder: 'Arrastrar para reordenar',
	viewNames: {
		timeline: 'Cronología',
		ratifications: 'Gráfico de crecimiento',
		'cop-sessions': 'Períodos de sesiones de la COP',
		map: 'Mapa del mundo'
	},
	revealLabel: 'Predecir y luego revelar: ocultar las líneas después del',
	revealHint: 'Déjelo vacío para mostrar todas las líneas a la vez.',
	moveUp: 'Subir',
	moveDown: 'Bajar',
	stopN: (stop: number) => `parada ${n(stop)}`,
	preview: 'Vista previa',
	delete: 'Eliminar',
	keepsLastStop: 'Un recorrido conserva su última parada; elimine el recorrido en su lugar',

	// LocalTour
	yourTour: 'Su recorrido',
	presenterPrefix: 'Presentador · ',
	notFound: 'Recorrido no encontrado',
	notFoundText: (id: string) =>
		`No hay ningún recorrido ${id ? `llamado «${id}» ` : ''}en este navegador. Los recorridos que usted crea se guardan en el navegador en que se crearon; abra un archivo de recorrido en el editor para traer uno aquí.`,

	// The tour store (tourStore, LocalTours)
	noStorage: 'este navegador no ofrece almacenamiento',
	storeNotJson: 'no es JSON',
	storeNotStore: 'no es un almacén de recorridos ({ version, tours })',
	storeVersion: (found: string | null, version: number) =>
		`su versión (${found ?? 'ninguna'}) no es la ${n(version)}`,
	storeNotList: 'su campo "tours" no es una lista',
	storeBadTours: (which: string[]) =>
		which.length > 1
			? `no se pudieron leer los recorridos ${which.join(', ')}`
			: `no se pudo leer el recorrido ${which.join(', ')}`,
	storeNotCopied: (reason: string, error: string) =>
		`${reason}; no se pudo apartar una copia (${error})`,
	storeUnavailable: (why: string) =>
		`Sus recorridos no se pueden guardar en este navegador: ${why}.`,
	storeUnsaved: (why: string) =>
		`No se pudieron guardar sus recorridos en este navegador (${why}); duran hasta que se cierre la página.`,

	// A tour file's problems (tourFile, problemText); the field keeps the file's spelling
	fileAt: (line: number, field: string) => `línea ${line}, ${field}`,
	kinds: {
		text: 'texto',
		number: 'un número',
		boolean: 'true o false',
		true: 'true',
		false: 'false',
		list: 'una lista',
		listBrackets: 'una lista [ … ]',
		object: 'un objeto',
		objectBraces: 'un objeto { … }',
		null: 'null',
		nothing: 'nada'
	},
	isMissing: 'falta',
	mustNotBeEmpty: 'no debe estar vacío',
	isEmpty: 'está vacío',
	tooBig: 'es demasiado grande para ser un recorrido',
	notTourField: 'no es un campo de un recorrido',
	notFieldOf: (path: string) => `no es un campo de ${path}`,
	mustBeLanguage: (list: string) =>
		`debe ser uno de ${list} (el texto propio del recorrido es el inglés)`,
	mustBeOneOf: (list: string) => `debe ser uno de ${list}`,
	notATour: (found: string) => `debe ser un recorrido (un objeto { … }), no ${found}`,
	mustBe: (what: string, found: string) => `debe ser ${what}, no ${found}`,
	slug: 'debe ser un identificador en minúsculas (slug)',
	stopNeedsEvents:
		'una parada debe nombrar los acontecimientos de los que proceden sus afirmaciones',
	tourNeedsStop: 'un recorrido necesita al menos una parada',
	notIsoDate: 'debe ser una fecha real escrita AAAA-MM-DD',
	notCalendarDate: (date: string) => `${date} no es una fecha del calendario`,
	noSuchEvent: (id: string) => `remite a un acontecimiento que no existe: ${id}`,
	noSuchSelectedEvent: (id: string) => `event=${id} no existe`,
	notJson: (detail: string | null) => `no es JSON válido${detail === null ? '' : `: ${detail}`}`
} satisfies typeof en;
