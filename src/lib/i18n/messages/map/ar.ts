import type { ConsentKind, InstrumentId } from '$lib/data/schema';
import { grammar } from '../../plural';
import type en from './en';

const { n, plural } = grammar('ar');

/** The instruments' short names as UNODC's Arabic writes them (each with its article, so "ب" joins). */
const NAME: Record<InstrumentId, string> = {
	UNTOC: 'الاتفاقية',
	TIP: 'بروتوكول الاتجار بالأشخاص',
	SOM: 'بروتوكول تهريب المهاجرين',
	FIR: 'بروتوكول الأسلحة النارية'
};

const KIND: Record<ConsentKind, string> = {
	ratification: 'التصديق',
	accession: 'الانضمام',
	acceptance: 'القبول',
	approval: 'الإقرار',
	succession: 'الخلافة',
	'formal-confirmation': 'التأكيد الرسمي'
};
const consent = (k: ConsentKind | null) => (k ? KIND[k] : 'إبداء الموافقة (النوع غير مسجَّل)');
const until = (to: string | null) => to ?? 'تاريخ غير معروف';

export default {
	instrument: (i) => NAME[i.id],

	status: {
		'not-signatory': 'لم يتم التوقيع',
		signed: 'تم التوقيع',
		deposited: 'طرف، لم يبدأ النفاذ بعد',
		'in-force': 'بدأ النفاذ', // review: a short neutral label for “in force” (agrees with neither instrument’s gender)
		unknown: 'طرف منذ تاريخ غير معروف'
	},
	statusFilter: {
		party: 'طرف (بدأ النفاذ أم لا)',
		'in-force': 'طرف، بدأ النفاذ',
		deposited: 'طرف، لم يبدأ النفاذ بعد',
		unknown: 'طرف منذ تاريخ غير معروف',
		signed: 'تم التوقيع، وليس طرفًا بعد',
		'not-signatory': 'لم يتم التوقيع'
	},

	stepSigned: (d) => `التوقيع: ${d}`,
	stepConsent: (k, d) => `${consent(k)}: ${d}`,
	stepConsentWindow: (k, from, to) =>
		`${consent(k)}: بين ${from} و${until(to)} (التاريخ الدقيق غير معروف)`,
	stepInForce: (d) => `بدء النفاذ: ${d}`,
	stepInForceBy: (d) => `بدء النفاذ: في موعد أقصاه ${d}`,

	phraseNotSignatory: 'لم يتم التوقيع',
	phraseSigned: (d) => `تم التوقيع في ${d}، وليس طرفًا`,
	becameParty: (from, to) => `اكتساب صفة الطرف بين ${from} و${until(to)}`,
	phraseUnknown: (joined) => `طرف منذ تاريخ غير معروف: ${joined} (التاريخ الدقيق غير معروف)`,
	phraseInForce: (d) => `طرف، بدأ النفاذ في ${d}`,
	phraseDeposited: (deposit, inForce) => `طرف منذ ${deposit}، ويبدأ النفاذ في ${inForce}`,
	phraseInForceBy: (d, joined) => `طرف، بدأ النفاذ في موعد أقصاه ${d} (${joined})`,
	phraseDepositedBy: (joined, d) =>
		`طرف (${joined})، ويبدأ النفاذ في موعد أقصاه ${d ?? 'تاريخ غير معروف'}`,

	actionSigns: (name, i, d) => `${name}: التوقيع على ${NAME[i.id]}، ${d}`,
	actionJoins: (name, i, d) => `${name}: طرف في ${NAME[i.id]} منذ ${d}`,

	title: 'من كان ملزَمًا وأين',
	sub: (i) => [`وضع كل دولة إزاء ${NAME[i.id]} في `, '، كما في جدول المشاركين.'],
	instrumentLegend: 'الصك',
	plotLabel: (d, i) => `الدول على الخريطة: ${d}، ${NAME[i.id]}`,
	stateLabel: (name, phrase) => `${name}: ${phrase}`,
	loading: 'جارٍ تحميل الخريطة…',
	loadFailed: 'تعذّر تحميل الخريطة.',
	stageDate: (d) => `، ${d}`,
	keys: 'انقر على دولة لتحديدها. المفاتيح: Tab للدخول إلى الخريطة، والأسهم للانتقال إلى أقرب دولة في ذلك الاتجاه، وEnter للتحديد، وEsc للإلغاء.',
	toTable: 'الانتقال إلى جدول المشاركين',
	toTableAfter: '، وهو المعادل الجدولي للخريطة.',
	credit:
		'الحدود: Natural Earth بمقياس 1:110m (ملك عام)، عبر world-atlas. الدول الأصغر من أن تُرسم تظهر نقاطًا؛ والمناطق الرمادية التي بلا وضع ليست دولًا في مجموعة البيانات.',
	// review: the six plural forms of this export note
	dimmed: (count, groups) =>
		`${plural(count, {
			zero: 'لا مشاركين تعرضهم',
			one: 'مشارك واحد تعرضه',
			two: 'مشاركان تعرضهما',
			few: '# مشاركين تعرضهم',
			many: '# مشاركًا تعرضهم',
			other: '# مشارك تعرضهم'
		})} عوامل تصفية الصفحة${groups ? ` (${groups.join('، ') || 'لا مجموعة إقليمية'})` : ''}؛ والدول الأخرى باهتة`,

	// review: recalled from UN maps; check against the Cartographic Section's Arabic disclaimer.
	disclaimer:
		'لا تعني الحدود والأسماء المبيَّنة والتسميات المستخدمة في هذه الخريطة إقرارًا أو قبولًا رسميًّا من جانب الأمم المتحدة.',

	plotDefault: 'خريطة العالم',

	legend: 'مفتاح الخريطة: الدول حسب الوضع',
	otherAreas: 'مناطق أخرى (لا دولة مقابلة في البيانات)',

	time: 'تاريخ الخريطة',
	prev: (d) => `السابق: ${d}`,
	prevYear: 'السنة السابقة',
	next: (d) => `التالي: ${d}`,
	nextYear: 'السنة التالية',
	pause: 'إيقاف مؤقت',
	resume: 'استئناف',
	play: (from, to) => `تشغيل ${from}–${to}`,

	close: 'إغلاق',
	closeWhat: ' بطاقة المشارك',
	noGroup: 'لا ينتمي إلى أي مجموعة إقليمية في الأمم المتحدة',
	onDate: (d, phrase) => `في ${d}: ${phrase}`,
	cardStatus: {
		'not-signatory': 'ليس من الموقّعين ولا من الأطراف',
		signed: 'من الموقّعين، وليس طرفًا بعد',
		deposited: 'طرف، ولم يبدأ نفاذ الصك إزاءه بعد',
		'in-force': 'طرف ملزَم بالصك',
		unknown: 'طرف (تاريخ اكتسابه هذه الصفة غير معروف)'
	},
	untcRecord: (no) => `السجل في مجموعة معاهدات الأمم المتحدة (${no})`,
	source: 'المصدر:',
	noRecord: 'لا يوجد توقيع أو موافقة مسجَّلة.',

	exportTitle: (i, d) => `من كان ملزَمًا ب${NAME[i.id]}: جميع الدول في ${d}`,
	exportSubtitle: 'وضع كل دولة في ذلك التاريخ (الأطراف باللون الأزرق)',
	legendCount: (label, count) => `${label} (${n(count)})`,
	euNote: (phrase) =>
		`الاتحاد الأوروبي (طرف في بعض الصكوك، لكنه ليس دولة، ولذلك لا يظهر على الخريطة): ${phrase}.`,
	geometrySource:
		'الحدود: Natural Earth بمقياس 1:110m، Admin 0 countries (ملك عام)، عبر world-atlas 2.0.2؛ الدول التي لا يرسمها الأطلس تظهر نقاطًا في مركز أكبر مضلّع لها في Natural Earth بمقياس 1:10m (data/state-positions.csv). والمناطق الرمادية التي بلا وضع ليست دولًا في مجموعة البيانات.',
	csvWindow: (from, to) => `بين ${from} و${to ?? 'تاريخ غير معروف'}`,
	csvShape: 'شكل',
	csvDot: (lon, lat) => `نقطة عند ${lon}, ${lat}`,
	csvNoAction: 'لا يوجد إجراء تعاهدي مسجَّل',
	csvPosition: (source) => `الموقع: ${source}`
} satisfies typeof en;
