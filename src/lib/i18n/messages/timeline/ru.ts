import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('ru');
const events = (x: number) =>
	plural(x, { one: '# событие', few: '# события', many: '# событий', other: '# события' });

export default {
	category: {
		congress: 'Конгресс ООН по преступности', // review: short lane name for «Конгресс Организации Объединенных Наций по предупреждению преступности и уголовному правосудию»
		'general-assembly': 'Генеральная Ассамблея',
		negotiation: 'Переговоры',
		signature: 'Подписание',
		'entry-into-force': 'Вступление в силу',
		cop: 'Конференция участников',
		'working-group': 'Рабочая группа',
		'review-mechanism': 'Механизм обзора',
		other: 'Прочее'
	},
	group: {
		AFR: 'Группа государств Африки',
		APG: 'Группа государств Азии и Тихого океана',
		EEG: 'Группа государств Восточной Европы',
		GRULAC: 'Группа государств Латинской Америки и Карибского бассейна',
		WEOG: 'Группа государств Западной Европы и других государств'
	},

	title: 'Хронология событий, 1975–2024',
	exportTitle: (window: string) => `Хронология событий, ${window}`,

	summary: (count: number, first: string, last: string, lanes: number, window: string) =>
		`${events(count)} (${first} – ${last}) в ${plural(lanes, { one: '# категории', few: '# категориях', many: '# категориях', other: '# категориях' })}; показан период: ${window}.`,
	noEvents: 'Нет событий, отвечающих условиям фильтров.',
	clusterName: (count: number, span: string, titles: string) =>
		`${events(count)}, ${span}: ${titles}. Увеличьте масштаб, чтобы увидеть их.`,

	markName: (title: string, date: string) => `${title}, ${date}`,
	chip: (count: number) => `+${n(count)}`,

	zoom: 'Масштаб',
	zoomIn: 'Увеличить',
	zoomOut: 'Уменьшить',
	showAll: 'Показать 1975–2024',

	keys: 'Клавиши',
	keysPrefix: 'Клавиши:',
	keyPrevNext: 'предыдущее или следующее событие',
	keyLane: 'другая категория',
	keyDetails: 'подробности',
	keyZoom: 'масштаб',
	keyPan: 'прокрутка',
	keyEnds: 'первое или последнее событие',
	keyAll: 'весь период',
	keyClose: 'закрыть подробности',
	keySep: ', ',
	keyEnd: '.',

	categories: 'Категории',

	close: 'Закрыть',
	closeDetails: ' подробности',
	knownMonth: 'Известен только месяц.',
	knownYear: 'Известен только год.',
	date: 'Дата',
	categoryTerm: 'Категория',
	location: 'Место',
	instruments: 'Документы',
	notKnown: 'Неизвестно',
	noInstruments: 'Нет конкретных документов',
	note: 'Примечание:',
	sources: 'Источники',
	newTab: ' (откроется в новой вкладке)',

	clusterLabel: 'События в этой группе',
	clusterCount: events,
	clusterMore: (count: number) => `и ещё ${n(count)}`,
	clickZoom: 'Нажмите, чтобы увеличить.',
	clickList: 'Нажмите, чтобы увидеть список.'
} satisfies typeof en;
