import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('ar');
const ORDINALS = [
	'الأولى',
	'الثانية',
	'الثالثة',
	'الرابعة',
	'الخامسة',
	'السادسة',
	'السابعة',
	'الثامنة',
	'التاسعة',
	'العاشرة',
	'الحادية عشرة',
	'الثانية عشرة'
];
const dirText = (dir: string | null) => (dir ? ` (${dir})` : '');
/**
 * A noun counted the Arabic way: its own words for one and two, the plural for 3–10, the singular
 * accusative for 11–99 and the singular for 0 and from 100.
 */
const count = (k: number, one: string, two: string, few: string, many: string, other: string) =>
	plural(k, {
		zero: `# ${other}`,
		one,
		two,
		few: `# ${few}`,
		many: `# ${many}`,
		other: `# ${other}`
	});

export default {
	// Dashboard
	filters: 'عوامل التصفية',
	ratifications: 'التصديقات',
	tables: 'الجداول',
	details: 'التفاصيل',
	events: 'الأحداث',
	participants: 'المشاركون',
	copSessions: 'دورات مؤتمر الأطراف',
	count: (k: number) => `(${n(k)})`,
	cite: 'للاستشهاد:',
	printedView: 'UNTOC Timeline، نسخة مطبوعة',
	viewTimeline: 'الخط الزمني',
	viewChart: 'مخطط النمو',
	viewSessions: 'جدول دورات مؤتمر الأطراف',
	viewMap: 'خريطة العالم',
	viewEvents: 'جدول الأحداث',
	viewParticipants: 'جدول المشاركين',
	viewEvent: 'تفاصيل الحدث',
	viewParty: 'بطاقة المشارك',

	// Column headers
	colDate: 'التاريخ',
	colEvent: 'الحدث',
	colCategory: 'الفئة',
	colLocation: 'المكان',
	colSources: 'المصادر',
	colParticipant: 'المشارك',
	colGroup: 'المجموعة',
	colRegion: 'المنطقة',
	colSession: 'الدورة',
	colPlace: 'مكان الانعقاد',
	colPresident: 'الرئيس',
	colPresidingGroup: 'مجموعة الرئاسة',
	colOutcomes: 'الوثائق المعتمدة',
	colParticipation: 'المشاركة',
	ascending: 'تصاعدياً',
	descending: 'تنازلياً',
	bestMatch: 'الأكثر صلة',

	// EventsTable
	eventsCaption: (shown: number, total: number, by: string, dir: string | null) =>
		`الأحداث، 1975–2024: عرض ${n(shown)} من ${n(total)}، مرتبة حسب ${by}${dirText(dir)}.`,
	notKnown: 'غير معروف',

	// ParticipantsTable
	status: 'الحالة',
	anyStatus: 'أي حالة',
	statusFor: 'إزاء',
	joinedInWindow: 'فقط من انضموا خلال الفترة الزمنية',
	namesMatching: (q: string) => `الأسماء التي تتضمن «${q}»`,
	groupsShown: (list: string) => `المجموعات الإقليمية: ${list}`,
	noGroupsShown: 'لا شيء',
	participantsCaption: (shown: number, total: number, by: string, dir: string | null) =>
		`المشاركون: عرض ${n(shown)} من ${n(total)}، مرتبون حسب ${by}${dirText(dir)}؛ الحالة في التاريخ المختار.`,
	noGroup: 'لا توجد',
	later: 'لاحقاً',

	// CopSessionsTable
	sessionsCaption: (shown: number, total: number) =>
		`الدورات: عرض ${n(shown)} من ${n(total)}. تعني «غير معروف» أن المصادر التي رُجع إليها لا تذكر ذلك.`,
	/** Kept as "COP n": the search finds a session by it. */
	cop: (s: number) => `COP ${s}`, // review: Arabic UN texts write مؤتمر الأطراف in full
	ordinalSession: (s: number) => (ORDINALS[s - 1] ? `الدورة ${ORDINALS[s - 1]}` : `الدورة ${n(s)}`),
	hybrid: 'بصيغة مختلطة',
	inPerson: 'حضورياً',
	formatNotKnown: 'صيغة الانعقاد غير معروفة',
	venueNotKnown: 'مكان الانعقاد غير معروف',
	inferredGroup: '(مستنتجة من بلد الرئيس)',
	numberNotKnown: 'العدد غير معروف',
	symbolNotKnown: 'الرمز غير معروف',
	outcomeCount: (k: number, kind: string) => {
		if (kind === 'resolution' || kind === 'resolutions')
			return count(k, 'قرار واحد', 'قراران', 'قرارات', 'قراراً', 'قرار');
		if (kind === 'decision' || kind === 'decisions')
			return count(k, 'مقرر واحد', 'مقرران', 'مقررات', 'مقرراً', 'مقرر');
		if (kind === 'resolutions and decisions') return `${n(k)} من القرارات والمقررات`;
		return `${n(k)} ${kind}`;
	},
	listOutcomes: (k: number) => `عرض ${n(k)}`,
	hideOutcomes: (k: number) => `إخفاء ${n(k)}`,
	outcomesOf: (k: number, s: number) => ` من الوثائق المعتمدة في COP ${s}`,
	source: (i: number | null) => (i === null ? '[المصدر]' : `[المصدر ${i}]`),
	statesParties: (k: number) =>
		count(k, 'دولة طرف واحدة', 'دولتان طرفان', 'دول أطراف', 'دولة طرفاً', 'دولة طرف'),
	signatories: (k: number) => count(k, 'موقّع واحد', 'موقّعان', 'موقّعين', 'موقّعاً', 'موقّع'),
	observers: (k: number) => count(k, 'مراقب واحد', 'مراقبان', 'مراقبين', 'مراقباً', 'مراقب'),
	ngos: (k: number) =>
		count(
			k,
			'منظمة غير حكومية واحدة',
			'منظمتان غير حكوميتين',
			'منظمات غير حكومية',
			'منظمة غير حكومية',
			'منظمة غير حكومية'
		),
	participantsTotal: (k: number) => count(k, 'مشارك واحد', 'مشاركان', 'مشاركين', 'مشاركاً', 'مشارك'),
	sideEvents: (k: number) =>
		count(k, 'نشاط جانبي واحد', 'نشاطان جانبيان', 'أنشطة جانبية', 'نشاطاً جانبياً', 'نشاط جانبي'),

	// FilterControls
	search: 'البحث في الأحداث والدول والدورات',
	searchExample: 'Palermo 2000، تركيا، COP 1',
	timeWindow: 'الفترة الزمنية',
	from: 'من',
	to: 'إلى',
	categories: 'الفئات',
	regionalGroups: 'المجموعات الإقليمية',
	unRegionalGroups: 'المجموعات الإقليمية للأمم المتحدة',
	instruments: 'الصكوك',
	ticked: (k: number, total: number) => `(${n(k)}/${n(total)})`,
	all: 'الكل',
	noCategory: 'لا شيء',
	only: 'فقط',
	onlyThis: (name: string) => `فقط ${name}`,
	groupsHint: 'ينطبق على المشاركين وتوزيع المخطط ودورات مؤتمر الأطراف (حسب مجموعة الرئاسة).',
	instrumentsHint: 'تُعرض دائماً الأحداث التي لا تتعلق بصك معين.',

	// FilterSummary and describeFilters
	everything: 'الكل، 1975–2024',
	activeFilters: 'عوامل التصفية المطبقة',
	removeFilter: (label: string) => `إزالة عامل التصفية: ${label}`,
	noCategories: 'لا فئات',
	noInstruments: 'لا صكوك',
	noGroups: 'لا مجموعات إقليمية',
	joinedChip: 'المشاركون الذين انضموا خلال الفترة',
	quoted: (q: string) => `«${q}»`,
	summaryCount: (
		shown: number,
		total: number,
		sessions: number,
		parties: number,
		joined: boolean
	) =>
		`— عرض ${n(shown)} من ${count(total, 'حدث واحد', 'حدثين', 'أحداث', 'حدثاً', 'حدث')}، ${count(sessions, 'دورة واحدة', 'دورتان', 'دورات', 'دورة', 'دورة')}، ${
			joined
				? count(parties, 'طرف جديد واحد', 'طرفان جديدان', 'أطراف جدد', 'طرفاً جديداً', 'طرف جديد')
				: count(parties, 'طرف واحد', 'طرفان', 'أطراف', 'طرفاً', 'طرف')
		}`, // review: the counted forms (one, two, 3–10, 11–99, 100+) of each noun
	reset: 'إعادة الضبط',
	subtitleNoCategories: 'لا فئات',
	subtitleNoInstruments: 'لا صكوك',
	subtitleNoGroups: 'لا مجموعات إقليمية',
	subtitleSearch: (q: string) => `البحث عن «${q}»`,
	listSeparator: '، ',
	partSeparator: ' · '
} satisfies typeof en;
