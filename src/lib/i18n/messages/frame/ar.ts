import type en from './en';

export default {
	skip: 'انتقل إلى المحتوى',
	siteNav: 'الموقع',
	navTimeline: 'الخط الزمني',
	navPresent: 'العرض',
	navTours: 'جولاتك',
	navAbout: 'عن البيانات',
	footer:
		'UNTOC Timeline — تاريخ مفتوح المصدر لاتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية والبروتوكولات الملحقة بها. لكل سجل مصدره؛ انظر',
	language: 'اللغة',
	inEnglish: 'بالإنكليزية'
} satisfies typeof en;
