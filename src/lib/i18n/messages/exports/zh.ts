import type { InstrumentId, Measure } from '$lib/data/schema';
import { grammar } from '../../plural';
import type en from './en';
import type { CitationParts } from './en';

const { n } = grammar('zh');

const AUTHOR = 'UNTOC Timeline 贡献者';
const WORK = 'UNTOC Timeline：《联合国打击跨国有组织犯罪公约》及其议定书，1975–2024年';

/** The instruments' names as the UN writes them in this language (the dataset holds them in English). */
const NAME: Record<InstrumentId, string> = {
	UNTOC: '《公约》',
	TIP: '《贩运人口议定书》',
	SOM: '《偷运移民议定书》',
	FIR: '《枪支议定书》'
};

export default {
	export: '导出',
	size: '尺寸',
	sizeScreen: '与屏幕相同',
	sizeSlide: '16:9 幻灯片（1920×1080）',
	sizeA4: 'A4 横向',
	theme: '主题',
	themeLight: '浅色',
	themeDark: '投影（深色）',
	pngScale: 'PNG 倍率',
	downloadSvg: '下载 SVG',
	downloadPng: '下载 PNG',
	downloadCsv: '下载 CSV',
	citeView: '引用此视图',
	copy: '复制',
	copied: '已复制',

	instrument: {
		UNTOC: '公约',
		TIP: '贩运人口',
		SOM: '偷运移民',
		FIR: '枪支'
	} as Record<InstrumentId, string>,
	measure: {
		signatories: '签署方',
		parties: '缔约方',
		'in-force': '已生效'
	} as Record<Measure, string>,
	instrumentName: (i) => NAME[i.id],

	eventsByCategory: '按类别分列的事件',
	withCount: (label, count) => `${label}（${n(count)}）`,
	leftOutItem: (count, label) => `${label} ${n(count)}`,
	leftOutNote: (list) =>
		`* 总数包括成为缔约方日期不详的缔约方（${list}）；曲线上未绘出这些缔约方。`,

	asOf: (date, measure, values) => `截至${date}（${measure}）：${values}`,
	asOfValue: (label, count) => `${label} ${n(count)}`,
	noInstruments: '未显示任何文书',

	sources:
		'来源：UNTOC Timeline 数据集中的记录——联合国决议和文件、联合国条约集、联合国新闻处和联合国毒品和犯罪问题办公室的新闻稿、联合国毒品和犯罪问题办公室、UNTOC at 20（2020年），以及每条记录注明的其他来源（CSV 导出文件中逐行列出）。',
	view: (link) => `视图：${link}`,
	dates: (dataAsOf, exported) => `数据截至${dataAsOf} · 导出于${exported}`,
	citeLine: (citation) => `引用：${citation}`,

	apa: (c: CitationParts) =>
		`${AUTHOR}. (${c.year}). ${c.title} [数据可视化]. 载于 ${WORK}（数据截至${c.dataAsOf}）. 检索日期：${c.accessed}${c.link ? `，网址：${c.link}` : '。'}`, // review: APA's structure kept with Chinese connecting words
	oscola: (c: CitationParts) =>
		`${AUTHOR}，“${c.title}”（${WORK}，数据截至${c.dataAsOf}）${c.link ? ` <${c.link}>` : ''} 访问日期：${c.accessed}`,
	bluebook: (c: CitationParts) =>
		`${AUTHOR}，${c.title}，${WORK}（数据截至${c.dataAsOf}），${c.link ? `${c.link} ` : ''}（最后访问日期：${c.accessed}）`,

	step: {
		signatories: '签署',
		parties: '交存同意书', // review: “consent to be bound deposited” (交存批准书、接受书、核准书或加入书)
		'in-force': '生效'
	} as Record<Measure, string>,
	undatedStep: (step, from, to) => `${step}：日期不详，介于${from}与${to ?? '未知日期'}之间`,
	between: (from, to) => `介于${from}与${to ?? '未知日期'}之间`
} satisfies typeof en;
