import type { ConsentKind, InstrumentId } from '$lib/data/schema';
import { grammar } from '../../plural';
import type en from './en';

const { n, plural } = grammar('ru');

/** The instruments' short names in UNODC's Russian: nominative, genitive, instrumental. */
const protocol = (rest: string) => ({
	nom: `Протокол ${rest}`,
	gen: `Протокола ${rest}`,
	ins: `Протоколом ${rest}`
});
const NAME: Record<InstrumentId, { nom: string; gen: string; ins: string }> = {
	UNTOC: { nom: 'Конвенция', gen: 'Конвенции', ins: 'Конвенцией' },
	TIP: protocol('о торговле людьми'),
	SOM: protocol('о незаконном ввозе мигрантов'),
	FIR: protocol('об огнестрельном оружии')
};

const KIND: Record<ConsentKind, string> = {
	ratification: 'Ратификация',
	accession: 'Присоединение',
	acceptance: 'Принятие',
	approval: 'Утверждение',
	succession: 'Правопреемство',
	'formal-confirmation': 'Официальное подтверждение'
};
const consent = (k: ConsentKind | null) => (k ? KIND[k] : 'Согласие выражено (форма не указана)');
const until = (to: string | null) => to ?? 'неизвестную дату';

export default {
	instrument: (i) => NAME[i.id].nom,

	status: {
		'not-signatory': 'Не подписано',
		signed: 'Подписано',
		deposited: 'Участник, ещё не в силе',
		'in-force': 'В силе',
		unknown: 'Участник с неизвестной даты'
	},
	statusFilter: {
		party: 'Участник (в силе или ещё нет)',
		'in-force': 'Участник, в силе',
		deposited: 'Участник, ещё не в силе',
		unknown: 'Участник с неизвестной даты',
		signed: 'Подписано, ещё не участник',
		'not-signatory': 'Не подписано'
	},

	stepSigned: (d) => `Подписание: ${d}`,
	stepConsent: (k, d) => `${consent(k)}: ${d}`,
	stepConsentWindow: (k, from, to) =>
		`${consent(k)}: в период с ${from} по ${until(to)} (точная дата неизвестна)`,
	stepInForce: (d) => `Вступление в силу: ${d}`,
	stepInForceBy: (d) => `Вступление в силу: не позднее ${d}`,

	phraseNotSignatory: 'Не подписано',
	phraseSigned: (d) => `Подписано ${d}, не участник`,
	becameParty: (from, to) => `статус участника получен в период с ${from} по ${until(to)}`,
	phraseUnknown: (joined) => `Участник с неизвестной даты: ${joined} (точная дата неизвестна)`,
	phraseInForce: (d) => `Участник, в силе с ${d}`,
	phraseDeposited: (deposit, inForce) => `Участник с ${deposit}, вступает в силу ${inForce}`,
	phraseInForceBy: (d, joined) => `Участник, в силе не позднее чем с ${d} (${joined})`,
	phraseDepositedBy: (joined, d) =>
		`Участник (${joined}), в силе не позднее чем с ${d ?? 'неизвестной даты'}`,

	actionSigns: (name, i, d) => `${name}: подписание ${NAME[i.id].gen}, ${d}`,
	actionJoins: (name, i, d) => `${name}: участник ${NAME[i.id].gen} с ${d}`,

	title: 'Кто и где был связан обязательствами',
	sub: (i) => [
		`Статус каждого государства в отношении ${NAME[i.id].gen} на `,
		', как в таблице участников.'
	],
	instrumentLegend: 'Документ',
	plotLabel: (d, i) => `Государства на карте: ${d}, ${NAME[i.id].nom}`,
	stateLabel: (name, phrase) => `${name}: ${phrase}`,
	loading: 'Загрузка карты…',
	loadFailed: 'Не удалось загрузить карту.',
	stageDate: (d) => `, ${d}`,
	keys: 'Щёлкните государство, чтобы выбрать его. Клавиши: Tab — перейти на карту, стрелки — к ближайшему государству в этом направлении, Enter — выбрать, Esc — сбросить.',
	toTable: 'Перейти к таблице участников',
	toTableAfter: ' — табличный эквивалент карты.',
	credit:
		'Границы: Natural Earth 1:110m (общественное достояние), через world-atlas. Государства, слишком малые для отображения, показаны точками; серые области без статуса — не государства из набора данных.',
	dimmed: (count, groups) =>
		`${plural(count, {
			one: 'Фильтры страницы оставили # участника',
			few: 'Фильтры страницы оставили # участника',
			many: 'Фильтры страницы оставили # участников',
			other: 'Фильтры страницы оставили # участника'
		})}${groups ? ` (${groups.join(', ') || 'ни одной региональной группы'})` : ''}; остальные государства приглушены`,

	// review: recalled from UN maps; check against the Cartographic Section's Russian disclaimer.
	disclaimer:
		'Указанные на этой карте границы и названия и используемые на ней обозначения не подразумевают их официального одобрения или признания Организацией Объединенных Наций.',

	plotDefault: 'Карта мира',

	legend: 'Легенда: государства по статусу',
	otherAreas: 'Прочие территории (нет государства в данных)',

	time: 'Дата карты',
	prev: (d) => `Назад: ${d}`,
	prevYear: 'Предыдущий год',
	next: (d) => `Вперёд: ${d}`,
	nextYear: 'Следующий год',
	pause: 'Пауза',
	resume: 'Продолжить',
	play: (from, to) => `Воспроизвести ${from}–${to}`,

	close: 'Закрыть',
	closeWhat: ' карточку участника',
	noGroup: 'Не входит ни в одну региональную группу ООН',
	onDate: (d, phrase) => `На ${d}: ${phrase}`,
	cardStatus: {
		'not-signatory': 'не подписано, не участник',
		signed: 'подписано, ещё не участник',
		deposited: 'участник, документ для него ещё не вступил в силу',
		'in-force': 'участник, документ для него обязателен',
		unknown: 'участник (с какой даты — неизвестно)'
	},
	untcRecord: (no) => `Запись в Собрании договоров Организации Объединенных Наций (${no})`,
	source: 'Источник:',
	noRecord: 'Подписание и согласие не зафиксированы.',

	exportTitle: (i, d) => `Кто был связан ${NAME[i.id].ins}: все государства на ${d}`,
	exportSubtitle: 'Статус каждого государства на эту дату (участники — синим)',
	legendCount: (label, count) => `${label} (${n(count)})`,
	euNote: (phrase) =>
		`Европейский союз (участник некоторых документов, но не государство, поэтому не показан на карте): ${phrase}.`,
	geometrySource:
		'Границы: Natural Earth 1:110m Admin 0 countries (общественное достояние), через world-atlas 2.0.2; государства, которые атлас не отображает, показаны точками в центроиде их крупнейшего полигона Natural Earth 1:10m (data/state-positions.csv). Серые области без статуса — не государства из набора данных.',
	csvWindow: (from, to) => `в период с ${from} по ${to ?? 'неизвестную дату'}`,
	csvShape: 'контур',
	csvDot: (lon, lat) => `точка ${lon}, ${lat}`,
	csvNoAction: 'договорные действия не зафиксированы',
	csvPosition: (source) => `положение: ${source}`
} satisfies typeof en;
