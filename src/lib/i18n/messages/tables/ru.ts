import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('ru');
const ORDINALS = [
	'Первая',
	'Вторая',
	'Третья',
	'Четвертая',
	'Пятая',
	'Шестая',
	'Седьмая',
	'Восьмая',
	'Девятая',
	'Десятая',
	'Одиннадцатая',
	'Двенадцатая'
];
const dirText = (dir: string | null) => (dir ? ` (${dir})` : '');
/** A noun after a number: 1 сессия, 2 сессии, 5 сессий. */
const count = (k: number, one: string, few: string, many: string) =>
	plural(k, { one: `# ${one}`, few: `# ${few}`, many: `# ${many}`, other: `# ${few}` });

export default {
	// Dashboard
	filters: 'Фильтры',
	ratifications: 'Ратификации',
	tables: 'Таблицы',
	details: 'Подробности',
	events: 'События',
	participants: 'Участники',
	copSessions: 'Сессии Конференции участников',
	count: (k: number) => `(${n(k)})`,
	cite: 'Ссылка:',
	printedView: 'UNTOC Timeline, печатная версия',
	viewTimeline: 'Хронология',
	viewChart: 'График роста',
	viewSessions: 'Таблица сессий Конференции',
	viewMap: 'Карта мира',
	viewEvents: 'Таблица событий',
	viewParticipants: 'Таблица участников',
	viewEvent: 'Сведения о событии',
	viewParty: 'Карточка участника',

	// Column headers
	colDate: 'Дата',
	colEvent: 'Событие',
	colCategory: 'Категория',
	colLocation: 'Место',
	colSources: 'Источники',
	colParticipant: 'Участник',
	colGroup: 'Группа',
	colRegion: 'Регион',
	colSession: 'Сессия',
	colPlace: 'Место проведения',
	colPresident: 'Председатель',
	colPresidingGroup: 'Председательствующая группа',
	colOutcomes: 'Принятые документы',
	colParticipation: 'Участие',
	ascending: 'по возрастанию',
	descending: 'по убыванию',
	bestMatch: 'по релевантности',

	// EventsTable
	eventsCaption: (shown: number, total: number, by: string, dir: string | null) =>
		`События, 1975–2024: показано ${n(shown)} из ${n(total)}, сортировка: ${by.toLowerCase()}${dirText(dir)}.`,
	notKnown: 'Неизвестно',

	// ParticipantsTable
	status: 'Статус',
	anyStatus: 'Любой',
	statusFor: 'в отношении',
	joinedInWindow: 'Только ставшие участниками в пределах периода',
	namesMatching: (q: string) => `Названия, содержащие «${q}»`,
	groupsShown: (list: string) => `Региональные группы: ${list}`,
	noGroupsShown: 'никакие',
	participantsCaption: (shown: number, total: number, by: string, dir: string | null) =>
		`Показано ${n(shown)} из ${count(total, 'участника', 'участников', 'участников')}, сортировка: ${by.toLowerCase()}${dirText(dir)}; статус на выбранную дату.`,
	noGroup: 'Нет',
	later: 'позже',

	// CopSessionsTable
	sessionsCaption: (shown: number, total: number) =>
		`Показано ${n(shown)} из ${count(total, 'сессии', 'сессий', 'сессий')}. «Неизвестно» означает, что в использованных источниках эти сведения не приводятся.`,
	/** Kept as "COP n": the search finds a session by it. */
	cop: (s: number) => `COP ${s}`, // review: Russian UN texts abbreviate the Conference as КС
	ordinalSession: (s: number) => (ORDINALS[s - 1] ? `${ORDINALS[s - 1]} сессия` : `Сессия ${s}`),
	hybrid: 'Гибридный формат',
	inPerson: 'Очный формат',
	formatNotKnown: 'Формат неизвестен',
	venueNotKnown: 'Место проведения неизвестно',
	inferredGroup: '(определена по стране Председателя)',
	numberNotKnown: 'Число неизвестно',
	symbolNotKnown: 'Условное обозначение неизвестно',
	outcomeCount: (k: number, kind: string) => {
		const words: Record<string, [string, string, string]> = {
			resolution: ['резолюция', 'резолюции', 'резолюций'],
			resolutions: ['резолюция', 'резолюции', 'резолюций'],
			decision: ['решение', 'решения', 'решений'],
			decisions: ['решение', 'решения', 'решений'],
			'resolutions and decisions': [
				'резолюция и решение',
				'резолюции и решения',
				'резолюций и решений'
			]
		};
		const w = words[kind];
		return w ? count(k, ...w) : `${n(k)} ${kind}`;
	},
	listOutcomes: (k: number) => `Показать ${n(k)}`,
	hideOutcomes: (k: number) => `Скрыть ${n(k)}`,
	outcomesOf: (k: number, s: number) =>
		plural(k, {
			one: ' документ, принятый на COP ',
			few: ' документа, принятых на COP ',
			many: ' документов, принятых на COP ',
			other: ' документа, принятых на COP '
		}) + s,
	source: (i: number | null) => (i === null ? '[источник]' : `[источник ${i}]`),
	statesParties: (k: number) =>
		count(k, 'государство-участник', 'государства-участника', 'государств-участников'),
	signatories: (k: number) =>
		count(k, 'подписавшее государство', 'подписавших государства', 'подписавших государств'),
	observers: (k: number) => count(k, 'наблюдатель', 'наблюдателя', 'наблюдателей'),
	ngos: (k: number) => count(k, 'НПО', 'НПО', 'НПО'),
	participantsTotal: (k: number) => count(k, 'участник', 'участника', 'участников'),
	sideEvents: (k: number) =>
		count(k, 'параллельное мероприятие', 'параллельных мероприятия', 'параллельных мероприятий'),

	// FilterControls
	search: 'Поиск событий, государств и сессий',
	searchExample: 'Palermo 2000, Турция, COP 1',
	timeWindow: 'Период',
	from: 'С',
	to: 'По',
	categories: 'Категории',
	regionalGroups: 'Региональные группы',
	unRegionalGroups: 'Региональные группы ООН',
	instruments: 'Документы',
	ticked: (k: number, total: number) => `(${n(k)}/${n(total)})`,
	all: 'Все',
	noCategory: 'Ни одной',
	only: 'только',
	onlyThis: (name: string) => `Только ${name}`,
	groupsHint:
		'Относится к участникам, разбивке на графике и сессиям Конференции (по председательствующей группе).',
	instrumentsHint:
		'События, не относящиеся к какому-либо конкретному документу, показываются всегда.',

	// FilterSummary and describeFilters
	everything: 'Всё, 1975–2024',
	activeFilters: 'Действующие фильтры',
	removeFilter: (label: string) => `Снять фильтр: ${label}`,
	noCategories: 'Ни одной категории',
	noInstruments: 'Ни одного документа',
	noGroups: 'Ни одной региональной группы',
	joinedChip: 'Ставшие участниками в пределах периода',
	quoted: (q: string) => `«${q}»`,
	summaryCount: (
		shown: number,
		total: number,
		sessions: number,
		parties: number,
		joined: boolean
	) =>
		`— показано ${n(shown)} из ${count(total, 'события', 'событий', 'событий')}, ${count(sessions, 'сессия', 'сессии', 'сессий')}, ${
			joined
				? count(parties, 'новый участник', 'новых участника', 'новых участников')
				: count(parties, 'участник', 'участника', 'участников')
		}`, // review: "участник" for Party (Сторона is also used in UN Russian texts)
	reset: 'Сбросить',
	subtitleNoCategories: 'ни одной категории',
	subtitleNoInstruments: 'ни одного документа',
	subtitleNoGroups: 'ни одной региональной группы',
	subtitleSearch: (q: string) => `поиск «${q}»`,
	listSeparator: ', ',
	partSeparator: ' · '
} satisfies typeof en;
