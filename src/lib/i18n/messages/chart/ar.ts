import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('ar');
/** "الـ40": the rank in digits, as Arabic writes a numbered rank. */
const ord = (x: number) => `الـ${n(x)}`;

export default {
	instrument: {
		UNTOC: 'الاتفاقية',
		TIP: 'الاتجار بالأشخاص',
		SOM: 'تهريب المهاجرين',
		FIR: 'الأسلحة النارية'
	},
	measure: {
		signatories: 'الموقِّعون',
		parties: 'الأطراف',
		'in-force': 'سارية النفاذ'
	},
	measureHelp: {
		signatories: 'الدول والمنظمات التي وقَّعت',
		parties: 'الأطراف: أودعت صكوك الموافقة على الالتزام',
		'in-force': 'الأطراف التي بدأ نفاذ الصك إزاءها'
	},
	measureAxis: {
		signatories: 'الموقِّعون (الدول والاتحاد الأوروبي)',
		parties: 'الأطراف (الدول والاتحاد الأوروبي)',
		'in-force': 'الأطراف التي بدأ نفاذه إزاءها'
	},
	measureUnit: {
		// review: number agreement after digits (3–10 plural, 11–99 accusative singular, 100+ singular)
		signatories: (c: number) =>
			plural(c, {
				zero: 'موقِّع',
				one: 'موقِّع',
				two: 'موقِّعان',
				few: 'موقِّعين',
				many: 'موقِّعًا',
				other: 'موقِّع'
			}),
		parties: (c: number) =>
			plural(c, {
				zero: 'طرف',
				one: 'طرف',
				two: 'طرفان',
				few: 'أطراف',
				many: 'طرفًا',
				other: 'طرف'
			}),
		'in-force': () => 'سارية' // review: "N in force", terse
	},

	title: (lastYear: string) => `تزايد التصديقات، 2000–${lastYear}`,
	sub: (help: string) => `${help}، حسب الصك والتاريخ.`,
	exportTitle: (measure: string, from: string, to: string) =>
		`تزايد التصديقات: ${measure}، ${from} – ${to}`,
	milestoneTitle: (label: string, text: string, entryIntoForce: string) =>
		`${label} ${text}؛ بدء النفاذ ${entryIntoForce}`,
	hiddenNote: (date: string) => `الخطوط مخفية بعد ${date}: ضع توقعك ثم اكشفها.`,
	brushHint: 'اسحب هنا لاختيار فترة زمنية',
	leftOutItem: (count: number, label: string) => `${label}: ${n(count)}`,
	leftOutNote: (list: string, total: number) =>
		`* خارج الخطوط: ${plural(total, { zero: '# طرف', one: 'طرف واحد', two: 'طرفان', few: '# أطراف', many: '# طرفًا', other: '# طرف' })} (${list}) لا يُعرف تاريخ انضمامها (تُعرف فترة فقط). وهي تُحتسب في المجاميع عند نهايات الخطوط وفي القراءة بعد انقضاء فترتها، ولا تُرسم أبدًا في تاريخ مُختلَق.`,
	keys: 'المؤشر: حرّكه لقراءة تاريخ، وانقر لتحديد التاريخ المرجعي. المفاتيح (بعد تركيز الرسم البياني): ← → التغيير السابق أو التالي، Home End الأول أو الأخير، Enter تعيينه تاريخًا مرجعيًا، Esc العودة إلى التاريخ المرجعي.',
	roleChart: 'رسم بياني',

	countLegend: 'العدّ',
	linesLegend: 'الخطوط',
	byGroup: 'حسب المجموعات الإقليمية للأمم المتحدة',

	readOn: 'في',
	readAsOf: 'حتى',
	colon: ':',

	threshold: (count: number) => `${n(count)} صكًّا: عتبة بدء النفاذ`, // review: agreement assumes 11–99
	inForce: (label: string) => `${label}: بدء النفاذ`,
	copLegend: 'دورة مؤتمر الأطراف',
	copTick: (session: number) => `مؤتمر الأطراف ${n(session)}`,
	endLabel: (label: string, count: string, unit: string) =>
		`${label} · ${count}${unit ? ` ${unit}` : ''}`,

	tableSummary: 'الأرقام وراء الرسم البياني (جدول)',
	tableCaption: (measure: string, asOf: string | null) =>
		`${measure} في نهاية كل سنة${asOf === null ? '' : `، وفي ${asOf}`}`,
	dateHeader: 'التاريخ',

	noGroup: 'خارج المجموعات الإقليمية',

	milestonesSummary: 'المحطات البارزة (جدول)',
	milestonesCaption:
		'الطرف الأول والـ40 والـ100 والـ150 في كل صك، حسب تاريخ الإيداع (بما في ذلك الاتحاد الأوروبي؛ عدة أسماء: أودعت في اليوم نفسه)',
	instrumentHeader: 'الصك',
	nthParty: (rank: number) => (rank === 1 ? 'الطرف الأول' : `الطرف ${ord(rank)}`),
	notReached: 'لم يتحقق بعد',

	milestoneText: (rank: number, who: string, sameDay: boolean, date: string) =>
		`${rank === 1 ? 'الأول' : ord(rank)}: ${who}${sameDay ? ' (في اليوم نفسه)' : ''}، ${date}`,
	milestoneLine: (label: string, rank: number, who: string, date: string) =>
		`${label} ${rank === 1 ? 'الأول' : ord(rank)}: ${who}، ${date}`,
	milestoneDay: (label: string, rank: number, date: string) =>
		`${label} ${rank === 1 ? 'الأول' : ord(rank)}، ${date}:`,
	sameDay: (who: string) => `${who} (في اليوم نفسه)`,
	inForceOn: (date: string) => `بدء النفاذ ${date}`,

	asOfLegend: 'الوضع في',
	year: 'السنة',
	date: 'التاريخ',
	latest: (date: string) => `الأحدث (${date})`,

	pickOnCalendar: (label: string) => `${label}: اختر من التقويم`,
	outOfRange: (from: string, to: string) => `اختر يومًا من ${from} إلى ${to}`,
	enterDate: (example: string) => `أدخل تاريخًا، مثل ${example}`,
	monthAsWord: (example: string, iso: string) =>
		`اكتب الشهر بالحروف (${example}) أو التاريخ بصيغة ${iso}`,
	notADate: (example: string, iso: string) => `ليس تاريخًا: اكتبه مثل ${example} أو ${iso}`,
	notAMonth: (long: string) => `ليس شهرًا: اكتبه مثل ${long}`,
	noSuchDay: (month: string, day: number) => `لا يوجد يوم ${n(day)} في ${month}`
} satisfies typeof en;
