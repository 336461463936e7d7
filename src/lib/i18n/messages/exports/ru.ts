import type { InstrumentId, Measure } from '$lib/data/schema';
import { grammar } from '../../plural';
import type en from './en';
import type { CitationParts } from './en';

const { n } = grammar('ru');

const AUTHOR = 'Участники проекта UNTOC Timeline'; // review: the project's authors as a collective author
const WORK =
	'UNTOC Timeline: Конвенция Организации Объединенных Наций против транснациональной организованной преступности и протоколы к ней, 1975–2024';

/** The instruments' names as the UN writes them in this language (the dataset holds them in English). */
const NAME: Record<InstrumentId, string> = {
	UNTOC: 'Конвенция',
	TIP: 'Протокол о торговле людьми',
	SOM: 'Протокол о незаконном ввозе мигрантов',
	FIR: 'Протокол об огнестрельном оружии'
};

export default {
	export: 'Экспорт',
	size: 'Размер',
	sizeScreen: 'Как на экране',
	sizeSlide: 'Слайд 16:9 (1920×1080)',
	sizeA4: 'A4, альбомная',
	theme: 'Тема',
	themeLight: 'Светлая',
	themeDark: 'Для проектора (тёмная)',
	pngScale: 'Масштаб PNG',
	downloadSvg: 'Скачать SVG',
	downloadPng: 'Скачать PNG',
	downloadCsv: 'Скачать CSV',
	citeView: 'Сослаться на этот вид', // review: “Cite this view”; «вид» as the app’s word for a view of the data
	copy: 'Копировать',
	copied: 'Скопировано',

	instrument: {
		UNTOC: 'Конвенция',
		TIP: 'Торговля людьми',
		SOM: 'Ввоз мигрантов', // review: short for «незаконный ввоз мигрантов» (as the chart catalogue)
		FIR: 'Огнестрельное оружие'
	} as Record<InstrumentId, string>,
	measure: {
		signatories: 'Подписавшие',
		parties: 'Участники',
		'in-force': 'В силе' // review: short for «вступил в силу для участников» (as the chart catalogue)
	} as Record<Measure, string>,
	instrumentName: (i) => NAME[i.id],

	eventsByCategory: 'События по категориям',
	withCount: (label, count) => `${label} (${n(count)})`,
	leftOutItem: (count, label) => `${label}: ${n(count)}`,
	leftOutNote: (list) =>
		`* В итоги включены участники, дата присоединения которых неизвестна (${list}); на линиях они не показаны.`,

	asOf: (date, measure, values) => `На ${date} (${measure}): ${values}`,
	asOfValue: (label, count) => `${label} ${n(count)}`,
	noInstruments: 'документы не показаны',

	sources:
		'Источники: записи набора данных UNTOC Timeline — резолюции и документы ООН, Сборник договоров ООН, пресс-релизы Информационной службы ООН и ЮНОДК, ЮНОДК, UNTOC at 20 (2020), а также другие источники, указанные в каждой записи (построчно перечислены в экспорте CSV).',
	view: (link) => `Вид: ${link}`,
	dates: (dataAsOf, exported) => `Данные на ${dataAsOf} · экспорт ${exported}`,
	citeLine: (citation) => `Ссылка: ${citation}`,

	apa: (c: CitationParts) =>
		`${AUTHOR}. (${c.year}). ${c.title} [Визуализация данных]. В ${WORK} (данные на ${c.dataAsOf}). Дата обращения: ${c.accessed}${c.link ? `, ${c.link}` : '.'}`,
	oscola: (c: CitationParts) =>
		`${AUTHOR}, «${c.title}» (${WORK}, данные на ${c.dataAsOf})${c.link ? ` <${c.link}>` : ''} дата обращения: ${c.accessed}`,
	bluebook: (c: CitationParts) =>
		`${AUTHOR}, ${c.title}, ${WORK} (данные на ${c.dataAsOf}),${c.link ? ` ${c.link}` : ''} (последнее обращение: ${c.accessed})`,

	step: {
		signatories: 'подписание',
		parties: 'сдача документа о согласии', // review: “consent to be bound deposited” (ратификационная грамота, документ о принятии, утверждении или присоединении)
		'in-force': 'вступление в силу'
	} as Record<Measure, string>,
	undatedStep: (step, from, to) =>
		`${step}: дата неизвестна, между ${from} и ${to ?? 'неизвестной датой'}`,
	between: (from, to) => `между ${from} и ${to ?? 'неизвестной датой'}`
} satisfies typeof en;
