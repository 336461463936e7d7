import type en from './en';
import { grammar } from '../../plural';

const { n } = grammar('zh');
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const dirText = (dir: string | null) => (dir ? `（${dir}）` : '');

export default {
	// Dashboard
	filters: '筛选',
	ratifications: '批准情况',
	tables: '表格',
	details: '详情',
	events: '事件',
	participants: '参与方',
	copSessions: '缔约方会议届会',
	count: (k: number) => `(${n(k)})`,
	cite: '引用：',
	printedView: 'UNTOC Timeline，打印版',
	viewTimeline: '时间线',
	viewChart: '增长图',
	viewSessions: '缔约方会议届会表',
	viewMap: '世界地图',
	viewEvents: '事件表',
	viewParticipants: '参与方表',
	viewEvent: '事件详情',
	viewParty: '参与方卡片',

	// Column headers
	colDate: '日期',
	colEvent: '事件',
	colCategory: '类别',
	colLocation: '地点',
	colSources: '来源',
	colParticipant: '参与方',
	colGroup: '集团',
	colRegion: '区域',
	colSession: '届会',
	colPlace: '地点',
	colPresident: '主席',
	colPresidingGroup: '主席所属集团',
	colOutcomes: '成果文件',
	colParticipation: '出席情况',
	ascending: '升序',
	descending: '降序',
	bestMatch: '相关度',

	// EventsTable
	eventsCaption: (shown: number, total: number, by: string, dir: string | null) =>
		`事件，1975–2024 年：显示 ${n(shown)} 个，共 ${n(total)} 个，按${by}排序${dirText(dir)}。`,
	notKnown: '不详',

	// ParticipantsTable
	status: '状态',
	anyStatus: '任何状态',
	statusFor: '文书', // review: reads "状态 [是缔约方] 文书 [公约]" rather than "for"
	joinedInWindow: '仅显示在所选时段内加入的参与方',
	namesMatching: (q: string) => `名称包含“${q}”`,
	groupsShown: (list: string) => `区域集团：${list}`,
	noGroupsShown: '无',
	participantsCaption: (shown: number, total: number, by: string, dir: string | null) =>
		`显示 ${n(shown)} 个参与方，共 ${n(total)} 个，按${by}排序${dirText(dir)}；状态为所选日期的状态。`,
	noGroup: '无',
	later: '之后',

	// CopSessionsTable
	sessionsCaption: (shown: number, total: number) =>
		`显示 ${n(shown)} 届会议，共 ${n(total)} 届。“不详”表示所查阅的来源未提供该信息。`,
	/** Kept as "COP n": the search finds a session by it. */
	cop: (s: number) => `COP ${s}`,
	ordinalSession: (s: number) => `第${ORDINALS[s - 1] ?? n(s)}届会议`,
	hybrid: '线上线下混合',
	inPerson: '现场会议',
	formatNotKnown: '会议形式不详',
	venueNotKnown: '会场不详',
	inferredGroup: '（根据主席所属国家推断）',
	numberNotKnown: '数量不详',
	symbolNotKnown: '文号不详',
	outcomeCount: (k: number, kind: string) => {
		const words: Record<string, string> = {
			resolution: '项决议',
			resolutions: '项决议',
			decision: '项决定',
			decisions: '项决定',
			'resolutions and decisions': '项决议和决定'
		};
		return `${n(k)} ${words[kind] ?? kind}`;
	},
	listOutcomes: (k: number) => `列出 ${n(k)} 项`,
	hideOutcomes: (k: number) => `隐藏 ${n(k)} 项`,
	outcomesOf: (k: number, s: number) => `COP ${s} 成果文件`,
	source: (i: number | null) => (i === null ? '[来源]' : `[来源 ${i}]`),
	statesParties: (k: number) => `${n(k)} 个缔约国`,
	signatories: (k: number) => `${n(k)} 个签署方`,
	observers: (k: number) => `${n(k)} 个观察员`,
	ngos: (k: number) => `${n(k)} 个非政府组织`,
	participantsTotal: (k: number) => `${n(k)} 名与会者`,
	sideEvents: (k: number) => `${n(k)} 场会外活动`,

	// FilterControls
	search: '搜索事件、国家和届会',
	searchExample: 'Palermo 2000，土耳其，COP 1',
	timeWindow: '时段',
	from: '起',
	to: '止',
	categories: '类别',
	regionalGroups: '区域集团',
	unRegionalGroups: '联合国区域集团',
	instruments: '文书',
	ticked: (k: number, total: number) => `(${n(k)}/${n(total)})`,
	all: '全部',
	noCategory: '全不选',
	only: '仅',
	onlyThis: (name: string) => `仅${name}`,
	groupsHint: '适用于参与方、图表的细分以及缔约方会议届会（按主席所属集团）。',
	instrumentsHint: '不涉及特定文书的事件始终显示。',

	// FilterSummary and describeFilters
	everything: '全部，1975–2024 年',
	activeFilters: '当前筛选条件',
	removeFilter: (label: string) => `移除筛选条件：${label}`,
	noCategories: '无类别',
	noInstruments: '无文书',
	noGroups: '无区域集团',
	joinedChip: '在所选时段内加入的参与方',
	quoted: (q: string) => `“${q}”`,
	summaryCount: (
		shown: number,
		total: number,
		sessions: number,
		parties: number,
		joined: boolean
	) =>
		`— 显示 ${n(shown)} 个事件，共 ${n(total)} 个；${n(sessions)} 届会议；${
			joined ? `${n(parties)} 个新缔约方` : `${n(parties)} 个缔约方`
		}`,
	reset: '重置',
	subtitleNoCategories: '无类别',
	subtitleNoInstruments: '无文书',
	subtitleNoGroups: '无区域集团',
	subtitleSearch: (q: string) => `搜索“${q}”`,
	listSeparator: '、',
	partSeparator: ' · '
} satisfies typeof en;
