import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('fr');

export default {
	skip: 'Aller au contenu',
	siteNav: 'Site',
	navTimeline: 'Chronologie',
	navPresent: 'Présenter',
	navTours: 'Vos parcours',
	navAbout: 'À propos des données',
	footer:
		'UNTOC Timeline — une histoire en source ouverte de la Convention des Nations Unies contre la criminalité transnationale organisée et de ses Protocoles. Chaque donnée indique sa source ; voir',
	language: 'Langue',
	inEnglish: 'en anglais',
	period: '.',

	instrumentShort: {
		UNTOC: 'Convention',
		TIP: 'Protocole relatif à la traite des personnes',
		SOM: 'Protocole relatif au trafic illicite de migrants',
		FIR: 'Protocole relatif aux armes à feu'
	},

	reasonRepeated: 'paramètre répété',
	reasonUnknownParam: 'paramètre inconnu',
	reasonNotOneOf: (list: string) => `valeur attendue parmi : ${list}`,
	reasonNotDate: 'ce n’est pas une date',
	reasonBefore: (date: string) => `antérieur à ${date}`,
	reasonAfter: (date: string) => `postérieur à ${date}`,
	reasonFromAfterTo: 'from est postérieur à to',
	reasonUnknownCategory: (id: string) => `catégorie inconnue : ${id}`,
	reasonUnknownGroup: (id: string) => `groupe régional inconnu : ${id}`,
	reasonUnknownInstrument: (id: string) => `instrument inconnu : ${id}`,
	reasonTooLong: (max: number) => `plus de ${n(max)} caractères : coupé à ${n(max)}`,
	reasonNoEvent: 'événement inexistant',
	reasonBeforeAdoption: 'antérieur à l’adoption de la Convention',
	reasonNoParticipant: 'participant inexistant',
	reasonNoSession: 'session inexistante',
	reasonOnlyWindow: 'seule la valeur « window » est comprise',
	reasonNotAStop: (stops: number) => `pas une étape de ce parcours (${n(1)}–${n(stops)})`,
	reasonMalformed: 'séquence d’échappement % mal formée : lue telle quelle',

	noticeIntro: 'Une partie de l’adresse de cette page n’a pas pu être utilisée et a été ignorée :',
	dismiss: 'Fermer',

	viewFailed: (name: string) => `${name} : affichage impossible.`,
	viewFailedRest: 'Le reste de la page fonctionne toujours.',
	tryAgain: 'Réessayer',
	reload: 'Recharger la page',

	notFound: 'Page introuvable',
	wentWrong: 'Une erreur s’est produite',
	noPageBefore: 'Il n’y a pas de page à l’adresse',
	noPageAfter: '. L’adresse est peut-être mal saisie, ou la page a été déplacée.',
	unexpected: 'Une erreur inattendue s’est produite.',
	goTimeline: 'Aller à la chronologie',
	goTimelineWhat: 'tous les événements, 1975–2024',
	aboutWhat: 'sources, lacunes et comment citer',

	homeTitle: 'UNTOC Timeline · la Convention de Palerme et ses Protocoles, 1975–2024',
	homeDescription:
		'Une histoire sourcée de la Convention des Nations Unies contre la criminalité transnationale organisée et de ses trois Protocoles, 1975–2024.',
	homeHeading: 'La Convention de Palerme et ses Protocoles, 1975–2024',
	homeLede:
		'La Convention des Nations Unies contre la criminalité transnationale organisée et ses Protocoles relatifs à la traite des personnes, au trafic illicite de migrants et aux armes à feu : leur genèse, du cinquième Congrès des Nations Unies pour la prévention du crime (Genève, 1975) à la douzième session de la Conférence des Parties (Vienne, 2024), et qui y est devenu partie, et quand. Chaque donnée indique sa source.',
	viewFigures: 'Les chiffres clés',
	dashboardLoading: 'Chargement de la chronologie, des graphiques et des tableaux…',
	dashboardFailed: 'Le tableau de bord n’a pas pu être chargé.',
	dashboardFailedRest: 'Vérifiez la connexion, puis rechargez la page.',

	figuresTitle: 'Chiffres clés',
	figuresEvents: (first: string, last: string) => `Événements, ${first}–${last}`,
	figuresSessions: 'Sessions de la Conférence',
	figuresPartiesTo: {
		UNTOC: 'Parties à la ',
		TIP: 'Parties au ',
		SOM: 'Parties au ',
		FIR: 'Parties au '
	},
	figuresUndated: (count: number) => `${n(count)} sans date`,
	figuresPossible: (count: number) => plural(count, { one: '+# possible', other: '+# possibles' }),
	figuresNoteSep: ' ; ',
	figuresChosenBefore: 'Compté au ',
	figuresChosenAfter:
		', la date de référence que vous avez choisie : les Parties dont le consentement avait été déposé à cette date, y compris celles sans date dont on sait qu’elles étaient Parties à cette date ; voir les',
	figuresDataBefore: 'Parties enregistrées au ',
	figuresDataAfter:
		', date de la dernière action conventionnelle des données ; Parties sans date comprises, certaines plus récentes manquent : voir les',
	knownGaps: 'lacunes connues',

	presentTitle: 'Présenter un parcours',
	presentIntro:
		'Un parcours fait défiler l’histoire une vue à la fois, pour une salle équipée d’un projecteur. Utilisez → Espace PageDown (ou une télécommande) pour avancer, ← PageUp pour revenir, F pour le plein écran, Échap pour quitter.',
	stops: (count: number) => plural(count, { one: '(# étape)', other: '(# étapes)' }),
	startDark: 'Lancer (projecteur, sombre)',
	startLight: 'Lancer (projecteur, clair)',
	noToursBefore:
		'Aucun pour l’instant dans ce navigateur. Créez-en un à partir des vues que vous explorez avec « Ajouter cette vue à un parcours », ou ouvrez un fichier de parcours dans', // review: the button's label is translated in the present area; keep both the same
	presenterView: 'Vue du présentateur',
	edit: 'Modifier',
	viewTourEditor: 'L’éditeur de parcours',
	presenter: 'Présentateur',

	aboutIntroBefore:
		'UNTOC Timeline retrace l’histoire de la Convention des Nations Unies contre la criminalité transnationale organisée (UNTOC, la Convention de Palerme) et de ses trois Protocoles, depuis la première discussion de la criminalité organisée aux Nations Unies, au cinquième Congrès des Nations Unies pour la prévention du crime (Genève, 1975), jusqu’à la douzième session de la Conférence des Parties (Vienne, octobre 2024). Les données sont livrées avec l’application dans son dossier',
	aboutIntroAfter: '; l’application ne va rien chercher ailleurs et fonctionne donc hors ligne.',
	contentsHeading: 'Ce que contiennent les données',
	filesCaption: 'Fichiers des données',
	colFile: 'Fichier',
	colRecords: 'Enregistrements',
	colWhat: 'Contenu',
	colSource: 'Provenance',
	eventsWhat:
		'Événements de 1975 à 2024, chacun daté avec la précision que permettent ses sources (jour, mois ou année)',
	eventsSourceBefore:
		'Résolutions et documents de l’ONU, communiqués de presse du Service d’information des Nations Unies et de l’ONUDC, la publication de l’ONUDC',
	eventsSourceAfter: '(2020) et des sources secondaires ; indiquées pour chaque événement',
	copWhat:
		'Sessions de la Conférence des Parties, 2004–2024 : dates, lieu, présidences, résolutions et décisions, participation',
	copSource:
		'Rapports de session et pages des décisions, communiqués et discours de l’ONUDC et du Service d’information des Nations Unies',
	instrumentsWhat:
		'La Convention et ses Protocoles : adoption, signature, entrée en vigueur et sa règle',
	instrumentsSource:
		'Les textes des traités (articles cités), la Collection des traités des Nations Unies, les communiqués du Service d’information des Nations Unies',
	participantsWhat:
		'États et organisations : codes ISO et M49, région de l’ONU, groupe régional de l’ONU',
	participantsSource:
		'M49 de la Division de statistique de l’ONU ; liste des groupes régionaux du DGACM',
	actionsWhat:
		'Signatures et consentements à être lié, une ligne par participant et par instrument',
	actionsSource:
		'Une extraction de la Collection des traités des Nations Unies (complète jusqu’à mi-2014), puis des actions sourcées une à une',
	countsWhat: 'Nombres de Parties publiés, qui servent à vérifier la table',
	countsSource:
		'Communiqués de presse de l’ONU, la Collection des traités des Nations Unies, l’ONUDC',
	asOfHeading: 'Actualité des données',
	asOfBefore: 'La dernière action conventionnelle enregistrée est datée du ',
	asOfAfter:
		'. Les événements et les sessions de la Conférence vont jusqu’à novembre 2024. Les actions conventionnelles sont complètes jusqu’à mi-2014, d’après une extraction de la Collection des traités des Nations Unies ; les actions ultérieures ont été trouvées une à une et certaines manquent (voir ci-dessous).',
	gapsHeading: 'Lacunes connues',
	gapsIntro:
		'Rien ici n’est comblé par conjecture : un fait que les sources ne donnent pas reste inconnu.',
	undatedHeading: (count: number) => `Parties dont la date n’est pas connue (${n(count)})`,
	undatedIntro:
		'Chacune est comptée comme Partie une fois écoulée la période où sa date doit se situer, et ne reçoit jamais de date.',
	undatedItem: (instrument: string, from: string, to: string) =>
		`${instrument} : entre le ${from} et ${to}`, // review: "le" before a day date; reads oddly before a year-only date
	unknownDate: 'une date inconnue',
	unknownKindHeading: (count: number) =>
		`Consentements dont la nature n’est pas enregistrée (${n(count)})`,
	unknownKindItem: (instrument: string, date: string) => `${instrument}, ${date}`,
	noConventionHeading: (count: number) =>
		`Parties à un Protocole sans enregistrement pour la Convention (${n(count)})`,
	noConventionIntro:
		'Seule une Partie à la Convention peut devenir partie à un Protocole (Convention, article 37, paragraphe 2), mais les données n’ont aucune trace du consentement de ces Parties à la Convention.',
	noConventionItem: (instrument: string, date: string) =>
		`Partie au ${instrument} (${date}) ; consentement à la Convention non enregistré`,
	copGapsHeading: 'Sessions de la Conférence des Parties',
	copGapSession: (session: number) => `${session === 1 ? '1re' : `${n(session)}e`} session :`,
	fullListBefore:
		'La liste complète, avec chaque contradiction entre les sources et la manière dont elle a été tranchée, se trouve dans',
	titlesHeading: 'La Convention et ses Protocoles',
	titlesIntro:
		'Leurs titres officiels, dans cette langue lorsqu’une page de l’ONU les donne (data/instrument-titles.csv) ; sinon en anglais.',
	titleSource: 'lu sur',
	citeHeading: 'Comment citer',
	citeIntro: 'Citez la vue utilisée et la date de référence des données, par exemple :',
	citeAuthors: 'Contributeurs d’UNTOC Timeline.',
	citeKind: '[données et application web], données au',
	citeAccessed: '. Consulté le [date], à l’adresse [l’adresse de la page utilisée].',
	citeFact:
		'Pour un fait, citez aussi la source indiquée dans son enregistrement : l’application guide vers les sources, elle ne les remplace pas.',
	licenceHeading: 'Licence',
	licenceText:
		'Le code de l’application est publié sous licence MIT. Les données (leur structure, leur sélection et nos propres descriptions) sont publiées sous licence Creative Commons Attribution 4.0 (CC BY 4.0). Les phrases citées des traités et les faits des documents de l’ONU appartiennent à leurs sources ; les codes de pays et les régions suivent le M49 de la Division de statistique de l’ONU.'
} satisfies typeof en;
