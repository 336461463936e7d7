import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('fr');

export default {
	// Presentation (the stage)
	stopOf: (at: number, of: number) => `Étape ${n(at)} sur ${n(of)}`,
	sources: 'Sources\u00a0:',
	stopView: 'La vue de cette étape',
	presentation: 'Présentation',
	previous: 'Précédente',
	reveal: 'Révéler',
	next: 'Suivante',
	fullScreen: 'Plein écran',
	theme: 'Thème',
	themeDark: 'Projecteur (sombre)',
	themeLight: 'Projecteur (clair)',
	themeStandard: 'Standard',
	presenterView: 'Vue présentateur',
	allTours: 'Tous les parcours',
	leave: 'Quitter',

	// PresenterView
	presenterSuffix: ' : vue présentateur',
	elapsed: 'Écoulé',
	timeElapsed: 'Temps écoulé',
	thisStop: 'Cette étape',
	timeOnStop: 'Temps passé sur cette étape',
	restartTimers: 'Remettre les chronomètres à zéro',
	nowStop: (at: number, of: number) => `En cours — étape ${n(at)} sur ${n(of)}`,
	notRevealed: ' (pas encore révélée : appuyez sur → ou R pour révéler)',
	yourNotes: 'Vos notes',
	noNotes: 'Pas de notes pour cette étape.',
	onScreen: 'À l’écran',
	nextLabel: 'Ensuite',
	endOfTour: 'Fin du parcours',
	nextStopView: 'La vue de l’étape suivante',

	// StageSessions
	unknown: 'inconnu',
	sessionsRegion: 'Sessions de la Conférence des Parties',
	colSession: 'Session',
	colDates: 'Dates',
	colPlace: 'Lieu',
	colPresident: 'Président(e)',
	colStatesParties: 'États parties',
	colParticipants: 'Participants',
	cop: (session: number) => `CdP ${n(session)}`, // review: the UNODC French pages write "COP" as often as "CdP"

	// AddToTour
	addToTour: 'Ajouter cette vue à un parcours',
	addedAs: (stop: number, tour: string) => `Ajoutée comme étape ${n(stop)} de « ${tour} ».`,
	editYourTours: 'Modifier vos parcours',
	stopShows: 'L’étape montre',
	viewChoice: {
		timeline: 'La chronologie',
		ratifications: 'Le graphique de croissance (Parties au fil du temps)',
		'cop-sessions': 'Les sessions de la Conférence des Parties',
		map: 'La carte du monde (qui était lié, et où)'
	},
	atFilters: 'Avec les filtres de cette vue :',
	allFilters: '(tout, comme à l’ouverture)',
	title: 'Titre',
	narration: 'Narration',
	notes: 'Notes pour le présentateur',
	optional: '(facultatif)',
	eventsLabel: 'Sources : les événements dont traite cette étape',
	eventsHint: (count: number) =>
		`${plural(count, { one: '# choisi', other: '# choisis' })}. Ctrl ou ⌘ (Maj pour une plage) pour en choisir plusieurs.`,
	addItTo: 'L’ajouter à',
	tourOption: (tour: string, stops: number) =>
		`${tour} (${plural(stops, { one: '# étape', other: '# étapes' })})`,
	newTour: 'Un nouveau parcours…',
	newTourTitle: 'Titre du nouveau parcours',
	description: 'Description',
	newTourDescription: 'Un parcours créé avec UNTOC Timeline.',
	addStop: 'Ajouter l’étape',
	cancel: 'Annuler',
	errTitle: 'Donnez un titre à l’étape.',
	errNarration: 'Écrivez ce que la salle doit entendre à cette étape.',
	errEvents: 'Choisissez au moins un événement dont les sources étayent l’étape.',
	errNewTitle: 'Donnez un titre au nouveau parcours.',
	errNewDescription: 'Décrivez le parcours.',

	// stopDraft: the proposed title when nothing is selected
	draftTitle: (view: string, years: string) => `${view}, ${years}`,
	draftViews: {
		timeline: 'La chronologie',
		ratifications: 'Les Parties au fil du temps',
		'cop-sessions': 'Les sessions de la Conférence des Parties',
		map: 'Qui était lié, et où'
	},

	// TourEditor
	yourTours: 'Vos parcours',
	lede1:
		'Des parcours que vous composez à partir des vues que vous explorez, conservés uniquement dans ce navigateur. Ajoutez une étape avec « Ajouter cette vue à un parcours » sur la',
	timelinePage: 'page de la chronologie',
	lede2:
		' ; enregistrez un parcours comme fichier pour le garder, le partager ou l’ajouter au dossier de l’application',
	setAside: (reason: string) =>
		`Les parcours enregistrés dans ce navigateur n’ont pas tous pu être lus (${reason}). Leur texte a été mis de côté, pas supprimé ; les parcours lisibles figurent ci-dessous.`,
	setAsideKept: 'Données mises de côté dans ce navigateur :',
	downloadSetAside: 'Télécharger les données mises de côté',
	openFile: 'Ouvrir un fichier de parcours',
	openFileLabel: 'Un parcours enregistré ici, ou un fichier de',
	opened: (tour: string, file: string, id: string | null) =>
		`« ${tour} » ouvert depuis ${file}${id === null ? '' : ` sous l’identifiant ${id} (le sien était pris)`}.`,
	notOpened: (file: string) => `${file} n’a pas été ouvert ; vos parcours sont inchangés :`,
	deletedStop: (title: string) => `Étape « ${title} » supprimée.`,
	deletedTour: (title: string) => `Parcours « ${title} » supprimé.`,
	undo: 'Annuler',
	noTours1: 'Aucun parcours pour l’instant. Ouvrez la',
	noTours2: ', choisissez ce qu’il faut montrer et utilisez « Ajouter cette vue à un parcours ».',
	present: 'Présenter',
	saveAsFile: 'Enregistrer comme fichier',
	deleteTour: 'Supprimer le parcours',
	tourTitle: 'Titre du parcours',
	cannotBeEmpty: 'Ce champ ne peut pas être vide ; le dernier texte enregistré est conservé.',
	stops: 'Étapes',
	dragHint: 'Faites glisser une étape par sa poignée, ou utilisez Monter et Descendre.',
	dragToReorder: 'Faire glisser pour réordonner',
	viewNames: {
		timeline: 'Chronologie',
		ratifications: 'Graphique de croissance',
		'cop-sessions': 'Sessions de la CdP',
		map: 'Carte du monde'
	},
	revealLabel: 'Prédire, puis révéler : masquer les courbes après le',
	revealHint: 'Laissez vide pour montrer toutes les courbes d’emblée.',
	moveUp: 'Monter',
	moveDown: 'Descendre',
	stopN: (stop: number) => `étape ${n(stop)}`,
	preview: 'Aperçu',
	delete: 'Supprimer',
	keepsLastStop: 'Un parcours garde sa dernière étape ; supprimez plutôt le parcours',

	// LocalTour
	yourTour: 'Votre parcours',
	presenterPrefix: 'Présentateur · ',
	notFound: 'Parcours introuvable',
	notFoundText: (id: string) =>
		`Il n’y a pas de parcours ${id ? `nommé « ${id} » ` : ''}dans ce navigateur. Les parcours que vous créez restent dans le navigateur où ils ont été créés ; ouvrez un fichier de parcours dans l’éditeur pour en apporter un ici.`,

	// The tour store (tourStore, LocalTours)
	noStorage: 'ce navigateur n’offre pas de stockage',
	storeNotJson: 'ce n’est pas du JSON',
	storeNotStore: 'ce n’est pas un magasin de parcours ({ version, tours })',
	storeVersion: (found: string | null, version: number) =>
		`sa version (${found ?? 'aucune'}) n’est pas ${n(version)}`,
	storeNotList: 'son champ "tours" n’est pas une liste',
	storeBadTours: (which: string[]) =>
		`${which.length > 1 ? 'les parcours' : 'le parcours'} ${which.join(', ')} n’${which.length > 1 ? 'ont' : 'a'} pas pu être lu${which.length > 1 ? 's' : ''}`,
	storeNotCopied: (reason: string, error: string) =>
		`${reason} ; il n’a pas pu être mis de côté (${error})`,
	storeUnavailable: (why: string) =>
		`Vos parcours ne peuvent pas être conservés dans ce navigateur : ${why}.`,
	storeUnsaved: (why: string) =>
		`Vos parcours n’ont pas pu être enregistrés dans ce navigateur (${why}) ; ils durent jusqu’à la fermeture de la page.`,

	// A tour file's problems (tourFile, problemText); the field keeps the file's spelling
	fileAt: (line: number, field: string) => `ligne ${line}, ${field}`,
	kinds: {
		text: 'du texte',
		number: 'un nombre',
		boolean: 'true ou false',
		true: 'true',
		false: 'false',
		list: 'une liste',
		listBrackets: 'une liste [ … ]',
		object: 'un objet',
		objectBraces: 'un objet { … }',
		null: 'null',
		nothing: 'rien'
	},
	isMissing: 'est manquant',
	mustNotBeEmpty: 'ne doit pas être vide',
	isEmpty: 'est vide',
	tooBig: 'est trop volumineux pour être un parcours',
	notTourField: 'n’est pas un champ d’un parcours',
	notFieldOf: (path: string) => `n’est pas un champ de ${path}`,
	mustBeLanguage: (list: string) =>
		`doit être l’un de ${list} (le texte propre du parcours est l’anglais)`,
	mustBeOneOf: (list: string) => `doit être l’un de ${list}`,
	notATour: (found: string) => `doit être un parcours (un objet { … }), pas ${found}`,
	mustBe: (what: string, found: string) => `doit être ${what}, pas ${found}`,
	slug: 'doit être un identifiant en minuscules (slug)',
	stopNeedsEvents: 'une étape doit nommer les événements dont viennent ses affirmations',
	tourNeedsStop: 'un parcours doit avoir au moins une étape',
	notIsoDate: 'doit être une date réelle écrite AAAA-MM-JJ',
	notCalendarDate: (date: string) => `${date} n’est pas une date du calendrier`,
	noSuchEvent: (id: string) => `renvoie à un événement qui n’existe pas : ${id}`,
	noSuchSelectedEvent: (id: string) => `event=${id} n’existe pas`,
	notJson: (detail: string | null) =>
		`n’est pas du JSON valide${detail === null ? '' : ` : ${detail}`}`
} satisfies typeof en;
