import type { ConsentKind, InstrumentId } from '$lib/data/schema';
import { grammar } from '../../plural';
import type en from './en';

const { n } = grammar('zh');

/** The instruments' short names as the UN's Chinese writes them, in title marks. */
const NAME: Record<InstrumentId, string> = {
	UNTOC: '《公约》',
	TIP: '《贩运人口议定书》',
	SOM: '《偷运移民议定书》',
	FIR: '《枪支议定书》'
};

const KIND: Record<ConsentKind, string> = {
	ratification: '批准',
	accession: '加入',
	acceptance: '接受',
	approval: '核准',
	succession: '继承',
	'formal-confirmation': '正式确认'
};
const consent = (k: ConsentKind | null) => (k ? KIND[k] : '已表示同意（类型未记录）');
const until = (to: string | null) => to ?? '某一未知日期';

export default {
	instrument: (i) => NAME[i.id],

	status: {
		'not-signatory': '未签署',
		signed: '已签署',
		deposited: '缔约方，尚未生效',
		'in-force': '已生效',
		unknown: '缔约方（日期不详）'
	},
	statusFilter: {
		party: '缔约方（无论是否已生效）',
		'in-force': '缔约方，已生效',
		deposited: '缔约方，尚未生效',
		unknown: '缔约方（日期不详）',
		signed: '已签署，尚非缔约方',
		'not-signatory': '未签署'
	},

	stepSigned: (d) => `签署：${d}`,
	stepConsent: (k, d) => `${consent(k)}：${d}`,
	stepConsentWindow: (k, from, to) => `${consent(k)}：${from}至${until(to)}之间（确切日期不详）`,
	stepInForce: (d) => `生效：${d}`,
	stepInForceBy: (d) => `生效：不晚于${d}`,

	phraseNotSignatory: '未签署',
	phraseSigned: (d) => `${d}签署，非缔约方`,
	becameParty: (from, to) => `于${from}至${until(to)}之间成为缔约方`,
	phraseUnknown: (joined) => `缔约方（日期不详）：${joined}（确切日期不详）`,
	phraseInForce: (d) => `缔约方，自${d}起生效`,
	phraseDeposited: (deposit, inForce) => `自${deposit}起为缔约方，${inForce}生效`,
	phraseInForceBy: (d, joined) => `缔约方，最迟于${d}生效（${joined}）`,
	phraseDepositedBy: (joined, d) => `缔约方（${joined}），最迟于${d ?? '某一未知日期'}生效`,

	actionSigns: (name, i, d) => `${name}签署${NAME[i.id]}，${d}`,
	actionJoins: (name, i, d) => `${name}自${d}起成为${NAME[i.id]}缔约方`,

	title: '谁在何处受约束',
	sub: (i) => ['截至', `，各国对${NAME[i.id]}的状态，与参与方一览表一致。`], // review: the participants table's Chinese name should match the tables area
	instrumentLegend: '文书',
	plotLabel: (d, i) => `地图上的国家：${d}，${NAME[i.id]}`,
	stateLabel: (name, phrase) => `${name}：${phrase}`,
	loading: '正在加载地图…',
	loadFailed: '无法加载地图。',
	stageDate: (d) => `，${d}`,
	keys: '点击一个国家即可选中。按键：Tab 进入地图，方向键移至该方向上最近的国家，Enter 选中，Esc 清除。',
	toTable: '前往参与方一览表',
	toTableAfter: '，即地图的表格形式。',
	credit:
		'边界：Natural Earth 1:110m（公有领域），经由 world-atlas。太小而无法绘出的国家以圆点表示；无状态的灰色区域不是数据集中的国家。',
	dimmed: (count, groups) =>
		`页面筛选条件显示 ${n(count)} 个参与方${groups ? `（${groups.join('、') || '无区域组'}）` : ''}；其他国家已淡化`,

	// review: recalled from UN maps; check against the Cartographic Section's Chinese disclaimer.
	disclaimer: '本地图所示边界和名称以及所用称谓并不意味着联合国正式认可或接受。',

	plotDefault: '世界地图',

	legend: '图例：各国状态',
	otherAreas: '其他区域（数据中无对应国家）',

	time: '地图日期',
	prev: (d) => `上一个：${d}`,
	prevYear: '上一年',
	next: (d) => `下一个：${d}`,
	nextYear: '下一年',
	pause: '暂停',
	resume: '继续',
	play: (from, to) => `播放 ${from}–${to}`,

	close: '关闭',
	closeWhat: '参与方信息卡',
	noGroup: '不属于任何联合国区域组',
	onDate: (d, phrase) => `截至${d}：${phrase}`,
	cardStatus: {
		'not-signatory': '既非签署方，也非缔约方',
		signed: '签署方，尚非缔约方',
		deposited: '缔约方，该文书尚未对其生效',
		'in-force': '缔约方，受该文书约束',
		unknown: '缔约方（成为缔约方的日期不详）'
	},
	untcRecord: (no) => `联合国条约汇编记录（${no}）`,
	source: '来源：',
	noRecord: '无签署或同意记录。',

	exportTitle: (i, d) => `谁受${NAME[i.id]}约束：截至${d}的各国`,
	exportSubtitle: '各国在该日期的状态（缔约方为蓝色）',
	legendCount: (label, count) => `${label}（${n(count)}）`,
	euNote: (phrase) => `欧洲联盟（若干文书的缔约方，但不是国家，因此不在地图上）：${phrase}。`,
	geometrySource:
		'边界：Natural Earth 1:110m Admin 0 countries（公有领域），经由 world-atlas 2.0.2；地图集未绘出的国家以圆点表示，位于其最大的 Natural Earth 1:10m 多边形的质心（data/state-positions.csv）。无状态的灰色区域不是数据集中的国家。',
	csvWindow: (from, to) => `${from}至${to ?? '未知日期'}之间`,
	csvShape: '形状',
	csvDot: (lon, lat) => `圆点 ${lon}, ${lat}`,
	csvNoAction: '无条约行动记录',
	csvPosition: (source) => `位置：${source}`
} satisfies typeof en;
