import type en from './en';
import { grammar } from '../../plural';

const { n } = grammar('zh');

export default {
	// Presentation (the stage)
	stopOf: (at: number, of: number) => `第 ${n(at)} 站，共 ${n(of)} 站`,
	sources: '来源：',
	stopView: '本站的视图',
	presentation: '演示',
	previous: '上一站',
	reveal: '揭晓',
	next: '下一站',
	fullScreen: '全屏',
	theme: '主题',
	themeDark: '投影（深色）',
	themeLight: '投影（浅色）',
	themeStandard: '标准',
	presenterView: '演讲者视图',
	allTours: '全部导览',
	leave: '退出',

	// PresenterView
	presenterSuffix: '：演讲者视图',
	elapsed: '已用时间',
	timeElapsed: '已用时间',
	thisStop: '本站',
	timeOnStop: '本站用时',
	restartTimers: '重新计时',
	nowStop: (at: number, of: number) => `当前 — 第 ${n(at)} 站，共 ${n(of)} 站`,
	notRevealed: '（尚未揭晓：按 → 或 R 揭晓）',
	yourNotes: '您的备注',
	noNotes: '本站没有备注。',
	onScreen: '屏幕上的内容',
	nextLabel: '下一站',
	endOfTour: '导览结束',
	nextStopView: '下一站的视图',

	// StageSessions
	unknown: '不详',
	sessionsRegion: '缔约方会议各届会议',
	colSession: '届会',
	colDates: '日期',
	colPlace: '地点',
	colPresident: '主席',
	colStatesParties: '缔约国',
	colParticipants: '与会者',
	cop: (session: number) => `第${n(session)}届会议`,

	// AddToTour
	addToTour: '将此视图加入导览',
	addedAs: (stop: number, tour: string) => `已作为“${tour}”的第 ${n(stop)} 站加入。`,
	editYourTours: '编辑您的导览',
	stopShows: '本站显示',
	viewChoice: {
		timeline: '时间线',
		ratifications: '增长图（缔约方数目的变化）',
		'cop-sessions': '缔约方会议各届会议',
		map: '世界地图（何处受约束）'
	},
	atFilters: '按此视图的筛选条件：',
	allFilters: '（全部，与打开时相同）',
	title: '标题',
	narration: '解说',
	notes: '演讲者备注',
	optional: '（可选）',
	eventsLabel: '来源：本站所涉及的事件',
	eventsHint: (count: number) => `已选 ${n(count)} 项。按住 Ctrl 或 ⌘（Shift 选择范围）可多选。`,
	addItTo: '加入到',
	tourOption: (tour: string, stops: number) => `${tour}（${n(stops)} 站）`,
	newTour: '新导览…',
	newTourTitle: '新导览的标题',
	description: '说明',
	newTourDescription: '用 UNTOC Timeline 制作的导览。',
	addStop: '加入本站',
	cancel: '取消',
	errTitle: '请为本站填写标题。',
	errNarration: '请写下听众在本站应听到的内容。',
	errEvents: '请至少选择一个事件，其来源可支持本站内容。',
	errNewTitle: '请为新导览填写标题。',
	errNewDescription: '请填写导览说明。',

	// stopDraft: the proposed title when nothing is selected
	draftTitle: (view: string, years: string) => `${view}，${years}`,
	draftViews: {
		timeline: '时间线',
		ratifications: '缔约方数目的变化',
		'cop-sessions': '缔约方会议各届会议',
		map: '何处受约束'
	},

	// TourEditor
	yourTours: '您的导览',
	lede1: '您根据所浏览的视图制作的导览，仅保存在此浏览器中。在',
	timelinePage: '时间线页面',
	lede2: '上用“将此视图加入导览”添加一站；将导览另存为文件，即可保留、分享或加入应用的',
	setAside: (reason: string) =>
		`此浏览器中保存的导览未能全部读取（${reason}）。其文本已另行保留，并未删除；可读取的导览列于下方。`,
	setAsideKept: '此浏览器中另行保留的数据：',
	downloadSetAside: '下载另行保留的数据',
	openFile: '打开导览文件',
	openFileLabel: '从此处保存的导览，或以下位置的文件：',
	opened: (tour: string, file: string, id: string | null) =>
		`已从 ${file} 打开“${tour}”${id === null ? '' : `，标识为 ${id}（原标识已被占用）`}。`,
	notOpened: (file: string) => `${file} 未打开；您的导览没有改变：`,
	deletedStop: (title: string) => `已删除站点“${title}”。`,
	deletedTour: (title: string) => `已删除导览“${title}”。`,
	undo: '撤销',
	noTours1: '还没有导览。打开',
	noTours2: '，选择要显示的内容，然后使用“将此视图加入导览”。',
	present: '演示',
	saveAsFile: '另存为文件',
	deleteTour: '删除导览',
	tourTitle: '导览标题',
	cannotBeEmpty: '此项不能为空；保留上次保存的文本。',
	stops: '站点',
	dragHint: '拖动站点的手柄，或使用“上移”和“下移”。',
	dragToReorder: '拖动以调整顺序',
	viewNames: {
		timeline: '时间线',
		ratifications: '增长图',
		'cop-sessions': '缔约方会议届会',
		map: '世界地图'
	},
	revealLabel: '先预测，后揭晓：隐藏此日期之后的线条',
	revealHint: '留空则一次显示所有线条。',
	moveUp: '上移',
	moveDown: '下移',
	stopN: (stop: number) => `第 ${n(stop)} 站`,
	preview: '预览',
	delete: '删除',
	keepsLastStop: '导览须保留最后一站；请改为删除整个导览',

	// LocalTour
	yourTour: '您的导览',
	presenterPrefix: '演讲者 · ',
	notFound: '未找到导览',
	notFoundText: (id: string) =>
		`此浏览器中没有${id ? `名为“${id}”的` : ''}导览。您制作的导览保存在制作时所用的浏览器中；在编辑器中打开导览文件即可将其带到这里。`,

	// The tour store (tourStore, LocalTours)
	noStorage: '此浏览器不提供存储',
	storeNotJson: '它不是 JSON',
	storeNotStore: '它不是导览存储（{ version, tours }）',
	storeVersion: (found: string | null, version: number) =>
		`其版本（${found ?? '无'}）不是 ${n(version)}`,
	storeNotList: '其 "tours" 不是列表',
	storeBadTours: (which: string[]) => `导览 ${which.join('、')} 无法读取`,
	storeNotCopied: (reason: string, error: string) => `${reason}；且无法另行保留（${error}）`,
	storeUnavailable: (why: string) => `您的导览无法保存在此浏览器中：${why}。`,
	storeUnsaved: (why: string) => `您的导览未能保存在此浏览器中（${why}）；关闭页面后即会丢失。`,

	// A tour file's problems (tourFile, problemText); the field keeps the file's spelling
	fileAt: (line: number, field: string) => `第 ${line} 行，${field}`,
	kinds: {
		text: '文本',
		number: '数字',
		boolean: 'true 或 false',
		true: 'true',
		false: 'false',
		list: '列表',
		listBrackets: '列表 [ … ]',
		object: '对象',
		objectBraces: '对象 { … }',
		null: 'null',
		nothing: '空'
	},
	isMissing: '缺失',
	mustNotBeEmpty: '不得为空',
	isEmpty: '为空',
	tooBig: '太大，不可能是导览',
	notTourField: '不是导览的字段',
	notFieldOf: (path: string) => `不是 ${path} 的字段`,
	mustBeLanguage: (list: string) => `必须是 ${list} 之一（导览本身的文本为英文）`,
	mustBeOneOf: (list: string) => `必须是 ${list} 之一`,
	notATour: (found: string) => `必须是导览（对象 { … }），而不是${found}`,
	mustBe: (what: string, found: string) => `必须是${what}，而不是${found}`,
	slug: '必须是小写的标识（slug）',
	stopNeedsEvents: '站点必须列出其内容所依据的事件',
	tourNeedsStop: '导览至少要有一站',
	notIsoDate: '必须是按 YYYY-MM-DD 书写的真实日期',
	notCalendarDate: (date: string) => `${date} 不是日历上的日期`,
	noSuchEvent: (id: string) => `引用了不存在的事件：${id}`,
	noSuchSelectedEvent: (id: string) => `event=${id} 不存在`,
	notJson: (detail: string | null) => `不是有效的 JSON${detail === null ? '' : `：${detail}`}`
} satisfies typeof en;
