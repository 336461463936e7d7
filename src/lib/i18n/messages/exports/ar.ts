import type { InstrumentId, Measure } from '$lib/data/schema';
import { grammar } from '../../plural';
import type en from './en';
import type { CitationParts } from './en';

const { n } = grammar('ar');

// A right-to-left mark after a Latin name that ends a phrase, a left-to-right one after a Latin title's
// closing bracket, so the punctuation after them stays in its place in Arabic's right-to-left order.
const AUTHOR = 'المساهمون في UNTOC Timeline\u200f';
const WORK =
	'UNTOC Timeline: اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية والبروتوكولات الملحقة بها، 1975–2024';

/** The instruments' names as the UN writes them in this language (the dataset holds them in English). */
const NAME: Record<InstrumentId, string> = {
	UNTOC: 'الاتفاقية',
	TIP: 'بروتوكول الاتجار بالأشخاص',
	SOM: 'بروتوكول تهريب المهاجرين',
	FIR: 'بروتوكول الأسلحة النارية'
};

export default {
	export: 'تصدير',
	size: 'الحجم',
	sizeScreen: 'كما على الشاشة',
	sizeSlide: 'شريحة 16:9 (1920×1080)',
	sizeA4: 'A4 أفقي',
	theme: 'المظهر',
	themeLight: 'فاتح',
	themeDark: 'جهاز العرض (داكن)',
	pngScale: 'مقياس PNG',
	downloadSvg: 'تنزيل SVG',
	downloadPng: 'تنزيل PNG',
	downloadCsv: 'تنزيل CSV',
	citeView: 'الاستشهاد بهذا العرض',
	copy: 'نسخ',
	copied: 'تم النسخ',

	instrument: {
		UNTOC: 'الاتفاقية',
		TIP: 'الاتجار بالأشخاص',
		SOM: 'تهريب المهاجرين',
		FIR: 'الأسلحة النارية'
	} as Record<InstrumentId, string>,
	measure: {
		signatories: 'الموقِّعون',
		parties: 'الأطراف',
		'in-force': 'سارية النفاذ'
	} as Record<Measure, string>,
	instrumentName: (i) => NAME[i.id],

	eventsByCategory: 'الأحداث حسب الفئة',
	withCount: (label, count) => `${label} (${n(count)})`,
	leftOutItem: (count, label) => `${label}: ${n(count)}`,
	leftOutNote: (list) =>
		`* تشمل المجاميع أطرافًا لا يُعرف تاريخ انضمامها (${list})؛ ولا تظهر على الخطوط.`,

	asOf: (date, measure, values) => `حتى ${date} (${measure}): ${values}`,
	asOfValue: (label, count) => `${label} ${n(count)}`,
	noInstruments: 'لا تُعرض أي صكوك',

	sources:
		'المصادر: سجلات مجموعة بيانات UNTOC Timeline — قرارات الأمم المتحدة ووثائقها، ومجموعة معاهدات الأمم المتحدة، والنشرات الصحفية لدائرة الأمم المتحدة للإعلام ولمكتب الأمم المتحدة المعني بالمخدرات والجريمة، ومكتب الأمم المتحدة المعني بالمخدرات والجريمة، وUNTOC at 20 (2020)\u200e، ومصادر أخرى مذكورة في كل سجل (مدرجة صفًّا صفًّا في ملف CSV المصدَّر).',
	view: (link) => `العرض: ${link}`,
	dates: (dataAsOf, exported) => `البيانات حتى ${dataAsOf} · تاريخ التصدير ${exported}`,
	citeLine: (citation) => `للاستشهاد: ${citation}`,

	apa: (c: CitationParts) =>
		`${AUTHOR}. (${c.year}). ${c.title} [عرض مرئي للبيانات]. في ${WORK} (البيانات حتى ${c.dataAsOf}). تاريخ الاسترجاع ${c.accessed}${c.link ? `، من ${c.link}` : '.'}`, // review: APA's structure kept with Arabic connecting words
	oscola: (c: CitationParts) =>
		`${AUTHOR}، «${c.title}» (${WORK}، البيانات حتى ${c.dataAsOf})${c.link ? ` <${c.link}>` : ''} تاريخ الاطلاع ${c.accessed}`,
	bluebook: (c: CitationParts) =>
		`${AUTHOR}، ${c.title}، ${WORK} (البيانات حتى ${c.dataAsOf})،${c.link ? ` ${c.link}` : ''} (آخر زيارة ${c.accessed})`,

	step: {
		signatories: 'التوقيع',
		parties: 'إيداع صك الموافقة', // review: “consent to be bound deposited” (إيداع صك التصديق أو القبول أو الإقرار أو الانضمام)
		'in-force': 'بدء النفاذ'
	} as Record<Measure, string>,
	undatedStep: (step, from, to) =>
		`${step}: التاريخ غير معروف، بين ${from} و${to ?? 'تاريخ غير معروف'}`,
	between: (from, to) => `بين ${from} و${to ?? 'تاريخ غير معروف'}`
} satisfies typeof en;
