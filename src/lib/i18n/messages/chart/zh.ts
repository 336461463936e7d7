import type en from './en';
import { grammar } from '../../plural';

const { n } = grammar('zh');
/** "第40个". */
const ord = (x: number) => `第${n(x)}个`;

export default {
	instrument: {
		UNTOC: '公约',
		TIP: '贩运人口',
		SOM: '偷运移民',
		FIR: '枪支'
	},
	measure: {
		signatories: '签署方',
		parties: '缔约方',
		'in-force': '已生效'
	},
	measureHelp: {
		signatories: '已签署的国家和组织',
		parties: '缔约方：已交存同意受约束的文书',
		'in-force': '该文书已对其生效的缔约方'
	},
	measureAxis: {
		signatories: '签署方（国家和欧盟）',
		parties: '缔约方（国家和欧盟）',
		'in-force': '已对其生效的缔约方'
	},
	measureUnit: {
		signatories: () => '方已签署',
		parties: () => '个缔约方',
		'in-force': () => '方已生效' // review: "in force for N parties", compressed
	},

	title: (lastYear: string) => `批准情况增长，2000–${lastYear}年`,
	sub: (help: string) => `${help}，按文书和日期。`,
	exportTitle: (measure: string, from: string, to: string) =>
		`批准情况增长：${measure}，${from} – ${to}`,
	milestoneTitle: (label: string, text: string, entryIntoForce: string) =>
		`${label} ${text}；${entryIntoForce}生效`,
	hiddenNote: (date: string) => `${date}之后的线条已隐藏：请先作出预测，然后揭晓。`,
	brushHint: '在此拖动以选择时间段',
	leftOutItem: (count: number, label: string) => `${label}${n(count)}个`,
	leftOutNote: (list: string, total: number) =>
		`* 未画在线上：${n(total)}个缔约方（${list}）的加入日期不详（仅知一个时间段）。时间段过后，它们计入线端的总数和读数中，但绝不会画在臆造的日期上。`,
	keys: '指针：移动以读取日期，点击以设定截至日期。按键（图表获得焦点后）：← → 上一个或下一个变化，Home End 第一个或最后一个，Enter 设为截至日期，Esc 返回截至日期。',
	roleChart: '图表',

	countLegend: '统计',
	linesLegend: '线条',
	byGroup: '按联合国区域组',

	readOn: '',
	readAsOf: '截至',
	colon: '：',

	threshold: (count: number) => `${n(count)}份文书：生效门槛`,
	inForce: (label: string) => `${label}生效`,
	copLegend: '缔约方会议届会',
	copTick: (session: number) => `缔约方会议第${n(session)}届会议`,
	endLabel: (label: string, count: string, unit: string) => `${label} · ${count}${unit}`,

	tableSummary: '图表背后的数字（表格）',
	tableCaption: (measure: string, asOf: string | null) =>
		`每年年底的${measure}${asOf === null ? '' : `，以及${asOf}的数字`}`,
	dateHeader: '日期',

	noGroup: '不属于任何区域组',

	milestonesSummary: '里程碑（表格）',
	milestonesCaption:
		'各文书的第1个、第40个、第100个和第150个缔约方，按交存日期排列（包括欧洲联盟；多个名称：同日交存）',
	instrumentHeader: '文书',
	nthParty: (rank: number) => `${ord(rank)}缔约方`,
	notReached: '尚未达到',

	milestoneText: (rank: number, who: string, sameDay: boolean, date: string) =>
		`${ord(rank)}：${who}${sameDay ? '（同日）' : ''}，${date}`,
	milestoneLine: (label: string, rank: number, who: string, date: string) =>
		`${label} ${ord(rank)}：${who}，${date}`,
	milestoneDay: (label: string, rank: number, date: string) => `${label} ${ord(rank)}，${date}：`,
	sameDay: (who: string) => `${who}（同日）`,
	inForceOn: (date: string) => `${date}生效`,

	asOfLegend: '截至以下日期的状况',
	year: '年份',
	date: '日期',
	latest: (date: string) => `最新（${date}）`,

	pickOnCalendar: (label: string) => `${label}：在日历上选择`,
	outOfRange: (from: string, to: string) => `请选择${from}至${to}之间的日期`,
	enterDate: (example: string) => `请输入日期，例如${example}`,
	monthAsWord: (example: string, iso: string) => `请写成${example}或${iso}`,
	notADate: (example: string, iso: string) => `不是日期：请写成${example}或${iso}`,
	notAMonth: () => '不是月份：请写成2000年1月1日或2000-01-01',
	noSuchDay: (month: string, day: number) => `${month}没有${n(day)}日`
} satisfies typeof en;
