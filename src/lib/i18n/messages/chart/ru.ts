import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('ru');
/** "1-й", "40-й" (участник). */
const ord = (x: number) => `${n(x)}-й`;

export default {
	instrument: {
		UNTOC: 'Конвенция',
		TIP: 'Торговля людьми',
		SOM: 'Ввоз мигрантов', // review: short for «незаконный ввоз мигрантов», to fit the line ends
		FIR: 'Огнестрельное оружие'
	},
	measure: {
		signatories: 'Подписавшие',
		parties: 'Участники',
		'in-force': 'В силе' // review: short for «вступил в силу для участников»
	},
	measureHelp: {
		signatories: 'Государства и организации, подписавшие документ',
		parties: 'Участники: сдано на хранение согласие на обязательность',
		'in-force': 'Участники, для которых документ вступил в силу'
	},
	measureAxis: {
		signatories: 'Подписавшие (государства и ЕС)',
		parties: 'Участники (государства и ЕС)',
		'in-force': 'Участники, для которых он вступил в силу'
	},
	measureUnit: {
		signatories: (c: number) =>
			plural(c, {
				one: 'подписавший',
				few: 'подписавших',
				many: 'подписавших',
				other: 'подписавших'
			}),
		parties: (c: number) =>
			plural(c, { one: 'участник', few: 'участника', many: 'участников', other: 'участника' }),
		'in-force': () => 'в силе' // review: "N в силе" is terse
	},

	title: (lastYear: string) => `Рост числа ратификаций, 2000–${lastYear} гг.`,
	sub: (help: string) => `${help}, по документам и датам.`,
	exportTitle: (measure: string, from: string, to: string) =>
		`Рост числа ратификаций: ${measure}, ${from} – ${to}`,
	milestoneTitle: (label: string, text: string, entryIntoForce: string) =>
		`${label}: ${text}; вступление в силу ${entryIntoForce}`,
	hiddenNote: (date: string) => `Линии после ${date} скрыты: сделайте прогноз, затем откройте их.`,
	brushHint: 'Проведите здесь, чтобы выбрать период',
	leftOutItem: (count: number, label: string) => `${label}: ${n(count)}`,
	leftOutNote: (list: string, total: number) =>
		`* Нет на линиях: ${plural(total, { one: '# участник', few: '# участника', many: '# участников', other: '# участника' })} (${list}), ${total === 1 ? 'дата присоединения которого неизвестна' : 'дата присоединения которых неизвестна'} (известен лишь период). ${total === 1 ? 'Он учитывается' : 'Они учитываются'} в итогах на концах линий и в показаниях после окончания этого периода и никогда не ${total === 1 ? 'рисуется' : 'рисуются'} на вымышленную дату.`,
	keys: 'Указатель: наведите, чтобы прочитать дату, щёлкните, чтобы задать отчётную дату. Клавиши (когда график в фокусе): ← → предыдущее или следующее изменение, Home End первое или последнее, Enter сделать отчётной датой, Esc вернуться к отчётной дате.',
	roleChart: 'график',

	countLegend: 'Считать',
	linesLegend: 'Линии',
	byGroup: 'По региональным группам ООН',

	readOn: 'На',
	readAsOf: 'По состоянию на',
	colon: ':',

	threshold: (count: number) =>
		`${plural(count, { one: '# документ', few: '# документа', many: '# документов', other: '# документа' })}: порог вступления в силу`,
	inForce: (label: string) => `${label}: в силе`,
	copLegend: 'Сессия КС', // review: КС = Конференция участников; check the UN abbreviation
	copTick: (session: number) => `КС ${n(session)}`,
	endLabel: (label: string, count: string, unit: string) =>
		`${label} · ${count}${unit ? ` ${unit}` : ''}`,

	tableSummary: 'Данные графика (таблица)',
	tableCaption: (measure: string, asOf: string | null) =>
		`${measure} на конец каждого года${asOf === null ? '' : ` и на ${asOf}`}`,
	dateHeader: 'Дата',

	noGroup: 'Вне региональных групп',

	milestonesSummary: 'Вехи (таблица)',
	milestonesCaption:
		'1-й, 40-й, 100-й и 150-й участник каждого документа по дате сдачи на хранение (включая Европейский союз; несколько названий: сдали в один день)',
	instrumentHeader: 'Документ',
	nthParty: (rank: number) => `${ord(rank)} участник`,
	notReached: 'не достигнуто',

	milestoneText: (rank: number, who: string, sameDay: boolean, date: string) =>
		`${ord(rank)}: ${who}${sameDay ? ' (в один день)' : ''}, ${date}`,
	milestoneLine: (label: string, rank: number, who: string, date: string) =>
		`${label}, ${ord(rank)}: ${who}, ${date}`,
	milestoneDay: (label: string, rank: number, date: string) => `${label}, ${ord(rank)}, ${date}:`,
	sameDay: (who: string) => `${who} (в один день)`,
	inForceOn: (date: string) => `в силе с ${date}`,

	asOfLegend: 'Статус на',
	year: 'Год',
	date: 'Дата',
	latest: (date: string) => `Последние данные (${date})`,

	pickOnCalendar: (label: string) => `${label}: выбрать в календаре`,
	outOfRange: (from: string, to: string) => `Выберите день с ${from} по ${to}`,
	enterDate: (example: string) => `Введите дату, например ${example}`,
	monthAsWord: (example: string, iso: string) =>
		`Напишите месяц словом (${example}) или дату в виде ${iso}`,
	notADate: (example: string, iso: string) =>
		`Это не дата: напишите, например, ${example} или ${iso}`,
	notAMonth: (long: string, short: string) =>
		`Это не месяц: напишите, например, ${long} или ${short}`,
	noSuchDay: (month: string, day: number) => `В месяце ${month} нет ${n(day)}-го числа`
} satisfies typeof en;
