import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('ar');
const events = (x: number) =>
	plural(x, {
		zero: 'لا أحداث',
		one: 'حدث واحد',
		two: 'حدثان',
		few: '# أحداث',
		many: '# حدثًا',
		other: '# حدث'
	});

export default {
	category: {
		congress: 'مؤتمر الأمم المتحدة لمنع الجريمة', // review: short form of مؤتمر الأمم المتحدة لمنع الجريمة والعدالة الجنائية
		'general-assembly': 'الجمعية العامة',
		negotiation: 'التفاوض',
		signature: 'التوقيع',
		'entry-into-force': 'بدء النفاذ',
		cop: 'مؤتمر الأطراف',
		'working-group': 'الفريق العامل',
		'review-mechanism': 'آلية الاستعراض',
		other: 'أخرى'
	},
	group: {
		AFR: 'مجموعة الدول الأفريقية',
		APG: 'مجموعة دول آسيا والمحيط الهادئ',
		EEG: 'مجموعة دول أوروبا الشرقية',
		GRULAC: 'مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي',
		WEOG: 'مجموعة دول أوروبا الغربية ودول أخرى'
	},

	title: 'الخط الزمني للأحداث، 1975–2024',
	exportTitle: (window: string) => `الخط الزمني للأحداث، ${window}`,

	summary: (count: number, first: string, last: string, lanes: number, window: string) =>
		`${events(count)} (من ${first} إلى ${last}) في ${plural(lanes, { zero: '# فئة', one: 'فئة واحدة', two: 'فئتين', few: '# فئات', many: '# فئة', other: '# فئة' })}؛ الفترة المعروضة: ${window}.`,
	noEvents: 'لا توجد أحداث تطابق عوامل التصفية.',
	// The chip shows "+2": the name carries the digit too (the dual حدثان has none), for label-in-name.
	clusterName: (count: number, span: string, titles: string) =>
		`عدد الأحداث: ${n(count)}، ${span}: ${titles}. كبّر العرض لرؤيتها.`,

	markName: (title: string, date: string) => `${title}، ${date}`,
	chip: (count: number) => `+${n(count)}`,

	zoom: 'التكبير',
	zoomIn: 'تكبير',
	zoomOut: 'تصغير',
	showAll: 'عرض 1975–2024',

	keys: 'المفاتيح',
	keysPrefix: 'المفاتيح:',
	keyPrevNext: 'الحدث السابق أو التالي',
	keyLane: 'فئة أخرى',
	keyDetails: 'التفاصيل',
	keyZoom: 'التكبير والتصغير',
	keyPan: 'التحريك',
	keyEnds: 'الحدث الأول أو الأخير',
	keyAll: 'الفترة كاملة',
	keyClose: 'إغلاق التفاصيل',
	keySep: '، ',
	keyEnd: '.',

	categories: 'الفئات',

	close: 'إغلاق',
	closeDetails: ' التفاصيل',
	knownMonth: 'لا يُعرف سوى الشهر.',
	knownYear: 'لا تُعرف سوى السنة.',
	date: 'التاريخ',
	categoryTerm: 'الفئة',
	location: 'المكان',
	instruments: 'الصكوك',
	notKnown: 'غير معروف',
	noInstruments: 'لا صك بعينه',
	note: 'ملاحظة:',
	sources: 'المصادر',
	newTab: ' (يُفتح في علامة تبويب جديدة)',

	clusterLabel: 'الأحداث في هذه المجموعة',
	clusterCount: events,
	clusterMore: (count: number) => `و${n(count)} أخرى`,
	clickZoom: 'انقر للتكبير.',
	clickList: 'انقر لعرض قائمتها.'
} satisfies typeof en;
