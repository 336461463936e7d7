import type en from './en';
import { grammar } from '../../plural';

const { n } = grammar('zh');

export default {
	skip: '跳至内容',
	siteNav: '网站',
	navTimeline: '时间线',
	navPresent: '演示',
	navTours: '您的导览',
	navAbout: '关于数据',
	footer:
		'UNTOC Timeline —— 《联合国打击跨国有组织犯罪公约》及其议定书的开源历史。每条记录都注明出处；参见',
	language: '语言',
	inEnglish: '英文',
	period: '。',

	instrumentShort: {
		UNTOC: '《公约》',
		TIP: '《贩运人口议定书》',
		SOM: '《偷运移民议定书》',
		FIR: '《枪支议定书》'
	},

	reasonRepeated: '参数重复',
	reasonUnknownParam: '未知参数',
	reasonNotOneOf: (list: string) => `不是以下值之一：${list}`,
	reasonNotDate: '不是日期',
	reasonBefore: (date: string) => `早于 ${date}`,
	reasonAfter: (date: string) => `晚于 ${date}`,
	reasonFromAfterTo: 'from 晚于 to',
	reasonUnknownCategory: (id: string) => `未知类别：${id}`,
	reasonUnknownGroup: (id: string) => `未知区域组：${id}`,
	reasonUnknownInstrument: (id: string) => `未知文书：${id}`,
	reasonTooLong: (max: number) => `超过 ${n(max)} 个字符：截至 ${n(max)} 个`,
	reasonNoEvent: '没有此事件',
	reasonBeforeAdoption: '早于《公约》通过之日',
	reasonNoParticipant: '没有此参与方',
	reasonNoSession: '没有此届会议',
	reasonOnlyWindow: '只接受 "window"',
	reasonNotAStop: (stops: number) => `不是本导览的一站（${n(1)}–${n(stops)}）`,
	reasonMalformed: '% 转义格式有误：按原文读取',

	noticeIntro: '本页地址的部分内容无法使用，已忽略：',
	dismiss: '关闭',

	viewFailed: (name: string) => `无法显示${name}。`,
	viewFailedRest: '页面其余部分仍可使用。',
	tryAgain: '重试',
	reload: '重新加载页面',

	notFound: '找不到页面',
	wentWrong: '出现错误',
	noPageBefore: '地址',
	noPageAfter: '处没有页面。地址可能输错，或页面已移动。',
	unexpected: '发生意外错误。',
	goTimeline: '前往时间线',
	goTimelineWhat: '全部事件，1975–2024年',
	aboutWhat: '来源、缺漏和引用方式',

	homeTitle: 'UNTOC Timeline · 《巴勒莫公约》及其议定书，1975–2024年',
	homeDescription: '《联合国打击跨国有组织犯罪公约》及其三项议定书有据可查的历史，1975–2024年。',
	homeHeading: '《巴勒莫公约》及其议定书，1975–2024年',
	homeLede:
		'《联合国打击跨国有组织犯罪公约》及其关于贩运人口、偷运移民和枪支的议定书：从第五届联合国预防犯罪大会（日内瓦，1975年）到缔约方会议第十二届会议（维也纳，2024年），它们如何形成，以及谁在何时加入。每条记录都注明出处。',
	viewFigures: '主要数字',
	// review: the loading and load-failure lines
	dashboardLoading: '正在加载时间线、图表和表格…',
	dashboardFailed: '无法加载仪表板。',
	dashboardFailedRest: '请检查网络连接，然后重新加载页面。',

	figuresTitle: '主要数字',
	figuresEvents: (first: string, last: string) => `事件，${first}–${last}年`,
	figuresSessions: '缔约方会议届会',
	figuresPartiesTo: {
		UNTOC: '缔约方：',
		TIP: '缔约方：',
		SOM: '缔约方：',
		FIR: '缔约方：'
	},
	figuresUndated: (count: number) => `${n(count)} 个无日期`,
	figuresPossible: (count: number) => `另有 ${n(count)} 个可能`,
	figuresNoteSep: '；',
	figuresChosenBefore: '截至',
	figuresChosenAfter:
		'（您设定的日期）的统计：当时已交存同意书的缔约方，包括已知在该日期前已成为缔约方的无日期缔约方；参见',
	figuresDataBefore: '截至',
	figuresDataAfter:
		'（数据中最近一次条约行动的日期）记录的缔约方；包括无日期的缔约方，部分较晚的缺失：参见',
	knownGaps: '已知缺漏',

	presentTitle: '演示导览',
	presentIntro:
		'导览逐个视图地讲述这段历史，供配有投影仪的会场使用。按 → 空格键 PageDown（或翻页器）前进，← PageUp 后退，F 全屏，Esc 退出。',
	stops: (count: number) => `（${n(count)} 站）`,
	startDark: '开始（投影仪，深色）',
	startLight: '开始（投影仪，浅色）',
	noToursBefore:
		'此浏览器中尚无导览。可在浏览的视图中使用“将此视图加入导览”创建导览，或在以下位置打开导览文件：', // review: the button's label is translated in the present area; keep both the same
	presenterView: '演讲者视图',
	edit: '编辑',
	viewTourEditor: '导览编辑器',
	presenter: '演讲者',

	aboutIntroBefore:
		'UNTOC Timeline 讲述《联合国打击跨国有组织犯罪公约》（UNTOC，《巴勒莫公约》）及其三项议定书的历史：从联合国在第五届联合国预防犯罪大会（日内瓦，1975年）上首次讨论有组织犯罪，到缔约方会议第十二届会议（维也纳，2024年10月）。数据集随应用程序一起提供，位于其',
	aboutIntroAfter: '文件夹中；应用程序从不从别处获取任何内容，因此可以离线使用。',
	contentsHeading: '数据包含哪些内容',
	filesCaption: '数据集中的文件',
	colFile: '文件',
	colRecords: '记录数',
	colWhat: '内容',
	colSource: '来源',
	eventsWhat: '1975–2024年的事件，每项按其来源允许的精度标注日期（日、月或年）',
	eventsSourceBefore:
		'联合国决议和文件、联合国新闻处和毒品和犯罪问题办公室的新闻稿、毒品和犯罪问题办公室的',
	eventsSourceAfter: '（2020年）以及二手资料；每个事件均列出',
	copWhat: '缔约方会议各届会议，2004–2024年：日期、地点、主席、决议和决定、与会情况',
	copSource: '届会报告和决定页面、毒品和犯罪问题办公室及联合国新闻处的新闻稿和讲话',
	instrumentsWhat: '《公约》及其议定书：通过、签署、生效及其规则',
	instrumentsSource: '条约文本（引用条款）、联合国条约汇编、联合国新闻处新闻稿',
	participantsWhat: '国家和组织：ISO 和 M49 代码、联合国区域、联合国区域组',
	participantsSource: '联合国统计司 M49；大会和会议管理部的区域组名单',
	actionsWhat: '签署和同意受约束，每个参与方和每项文书一行',
	actionsSource: '从联合国条约汇编抓取的数据（截至2014年年中完整），此后逐一查证来源的行动',
	countsWhat: '已公布的缔约方数目，用于核对表格',
	countsSource: '联合国新闻稿、联合国条约汇编、毒品和犯罪问题办公室',
	asOfHeading: '数据的时效',
	asOfBefore: '记录的最近一次条约行动日期为',
	asOfAfter:
		'。事件和缔约方会议届会截至2024年11月。条约行动截至2014年年中是完整的，来自联合国条约汇编的抓取；此后的行动是逐一查找的，有些缺失（见下文）。',
	gapsHeading: '已知缺漏',
	gapsIntro: '这里没有任何内容是凭猜测填补的：来源未提供的事实一律保持未知。',
	undatedHeading: (count: number) => `日期不详的缔约方（${n(count)}）`,
	undatedIntro: '每个缔约方在其日期所在的时间窗口结束后即计为缔约方，但从不为其指定日期。',
	undatedItem: (instrument: string, from: string, to: string) =>
		`${instrument}：介于${from}和${to}之间`,
	unknownDate: '未知日期',
	unknownKindHeading: (count: number) => `未记录同意方式的同意（${n(count)}）`,
	unknownKindItem: (instrument: string, date: string) => `${instrument}，${date}`,
	noConventionHeading: (count: number) => `没有《公约》记录的议定书缔约方（${n(count)}）`,
	noConventionIntro:
		'只有《公约》缔约方才能加入议定书（《公约》第三十七条第二款），但数据中没有这些缔约方同意受《公约》约束的记录。',
	noConventionItem: (instrument: string, date: string) =>
		`${instrument}缔约方（${date}）；未记录其对《公约》的同意`,
	copGapsHeading: '缔约方会议各届会议',
	copGapSession: (session: number) => `第${n(session)}届会议：`,
	fullListBefore: '完整清单，包括来源之间的每处冲突及其解决方式，见',
	titlesHeading: '《公约》及其议定书',
	titlesIntro:
		'其正式名称：若联合国网页有此语言的名称则用之（data/instrument-titles.csv），否则为英文。', // review: wording of the titles note
	titleSource: '出处：',
	citeHeading: '引用方式',
	citeIntro: '请引用您使用的视图和数据集的截至日期，例如：',
	citeAuthors: 'UNTOC Timeline 贡献者。',
	citeKind: '[数据集和网络应用程序]，数据截至',
	citeAccessed: '。访问日期：[日期]，网址：[您所用页面的地址]。',
	citeFact:
		'引用某一事实时，还请引用其记录中注明的来源：本应用程序是来源的指南，而不是来源的替代。',
	licenceHeading: '许可',
	licenceText:
		'应用程序的代码按 MIT 许可发布。数据集（其结构、选材和我们自己的描述）按知识共享署名 4.0 国际许可（CC BY 4.0）发布。引用的条约语句和联合国自身记录中的事实归其来源所有；国家代码和区域采用联合国统计司 M49 标准。'
} satisfies typeof en;
