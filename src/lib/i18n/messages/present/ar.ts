import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('ar');

/** "3 محطات": the noun after a number, in the form Arabic wants for it. */
const stopsOf = (x: number) =>
	plural(x, {
		zero: 'لا محطات',
		one: 'محطة واحدة',
		two: 'محطتان',
		few: '# محطات',
		many: '# محطة',
		other: '# محطة'
	});

export default {
	// Presentation (the stage)
	stopOf: (at: number, of: number) => `المحطة ${n(at)} من ${n(of)}`,
	sources: 'المصادر:',
	stopView: 'عرض هذه المحطة',
	presentation: 'العرض التقديمي',
	previous: 'السابقة',
	reveal: 'كشف',
	next: 'التالية',
	fullScreen: 'ملء الشاشة',
	theme: 'المظهر',
	themeDark: 'جهاز العرض (داكن)',
	themeLight: 'جهاز العرض (فاتح)',
	themeStandard: 'عادي',
	presenterView: 'عرض المقدِّم',
	allTours: 'جميع الجولات',
	leave: 'خروج',

	// PresenterView
	presenterSuffix: ': عرض المقدِّم',
	elapsed: 'الوقت المنقضي',
	timeElapsed: 'الوقت المنقضي',
	thisStop: 'هذه المحطة',
	timeOnStop: 'الوقت في هذه المحطة',
	restartTimers: 'إعادة ضبط المؤقتات',
	nowStop: (at: number, of: number) => `الآن — المحطة ${n(at)} من ${n(of)}`,
	notRevealed: ' (لم تُكشف بعد: اضغط → أو R للكشف)',
	yourNotes: 'ملاحظاتك',
	noNotes: 'لا ملاحظات لهذه المحطة.',
	onScreen: 'على الشاشة',
	nextLabel: 'التالية',
	endOfTour: 'نهاية الجولة',
	nextStopView: 'عرض المحطة التالية',

	// StageSessions
	unknown: 'غير معروف',
	sessionsRegion: 'دورات مؤتمر الأطراف',
	colSession: 'الدورة',
	colDates: 'التواريخ',
	colPlace: 'المكان',
	colPresident: 'الرئيس',
	colStatesParties: 'الدول الأطراف',
	colParticipants: 'المشاركون',
	cop: (session: number) => `الدورة ${n(session)}`,

	// AddToTour
	addToTour: 'إضافة هذا العرض إلى جولة',
	addedAs: (stop: number, tour: string) => `أُضيف بوصفه المحطة ${n(stop)} من «${tour}».`,
	editYourTours: 'تحرير جولاتك',
	stopShows: 'تعرض المحطة',
	viewChoice: {
		timeline: 'الخط الزمني',
		ratifications: 'رسم النمو (الأطراف عبر الزمن)',
		'cop-sessions': 'دورات مؤتمر الأطراف',
		map: 'خريطة العالم (من كان ملزمًا وأين)'
	},
	atFilters: 'بمرشحات هذا العرض:',
	allFilters: '(الكل، كما عند الفتح)',
	title: 'العنوان',
	narration: 'السرد',
	notes: 'ملاحظات للمقدِّم',
	optional: '(اختياري)',
	eventsLabel: 'المصادر: الأحداث التي تتناولها هذه المحطة',
	eventsHint: (count: number) =>
		`المختار: ${n(count)}. Ctrl أو ⌘ (وShift لنطاق) لاختيار أكثر من حدث.`,
	addItTo: 'أضِفه إلى',
	tourOption: (tour: string, stops: number) => `${tour} (${stopsOf(stops)})`,
	newTour: 'جولة جديدة…',
	newTourTitle: 'عنوان الجولة الجديدة',
	description: 'الوصف',
	newTourDescription: 'جولة أُعدّت باستخدام UNTOC Timeline.',
	addStop: 'إضافة المحطة',
	cancel: 'إلغاء',
	errTitle: 'اكتب عنوانًا للمحطة.',
	errNarration: 'اكتب ما ينبغي أن يسمعه الحاضرون في هذه المحطة.',
	errEvents: 'اختر حدثًا واحدًا على الأقل تسند مصادره هذه المحطة.',
	errNewTitle: 'اكتب عنوانًا للجولة الجديدة.',
	errNewDescription: 'صِف الجولة.',

	// stopDraft: the proposed title when nothing is selected
	draftTitle: (view: string, years: string) => `${view}، ${years}`,
	draftViews: {
		timeline: 'الخط الزمني',
		ratifications: 'الأطراف عبر الزمن',
		'cop-sessions': 'دورات مؤتمر الأطراف',
		map: 'من كان ملزمًا وأين'
	},

	// TourEditor
	yourTours: 'جولاتك',
	lede1:
		'جولات تعدّها من العروض التي تستكشفها، محفوظة في هذا المتصفح فقط. أضِف محطة بزر «إضافة هذا العرض إلى جولة» في',
	timelinePage: 'صفحة الخط الزمني',
	lede2: '؛ واحفظ الجولة ملفًا للاحتفاظ بها أو مشاركتها أو إضافتها إلى مجلد التطبيق',
	setAside: (reason: string) =>
		`تعذّرت قراءة بعض الجولات المحفوظة في هذا المتصفح (${reason}). نُحّي نصها جانبًا ولم يُحذف؛ والجولات التي أمكنت قراءتها أدناه.`,
	setAsideKept: 'البيانات المنحّاة جانبًا في هذا المتصفح:',
	downloadSetAside: 'تنزيل البيانات المنحّاة',
	openFile: 'فتح ملف جولة',
	openFileLabel: 'جولة حُفظت من هنا، أو ملف من',
	opened: (tour: string, file: string, id: string | null) =>
		`فُتحت «${tour}» من ${file}${id === null ? '' : ` باسم ${id} (لأن معرّفها مستخدم)`}.`,
	notOpened: (file: string) => `لم يُفتح ${file}؛ جولاتك لم تتغير:`,
	deletedStop: (title: string) => `حُذفت المحطة «${title}».`,
	deletedTour: (title: string) => `حُذفت الجولة «${title}».`,
	undo: 'تراجع',
	noTours1: 'لا جولات بعد. افتح',
	noTours2: '، واختر ما تريد عرضه، ثم استخدم «إضافة هذا العرض إلى جولة».',
	present: 'عرض',
	saveAsFile: 'حفظ كملف',
	deleteTour: 'حذف الجولة',
	tourTitle: 'عنوان الجولة',
	cannotBeEmpty: 'لا يمكن أن يكون هذا الحقل فارغًا؛ يُحتفظ بآخر نص محفوظ.',
	stops: 'المحطات',
	dragHint: 'اسحب المحطة من مقبضها، أو استخدم «تحريك لأعلى» و«تحريك لأسفل».',
	dragToReorder: 'اسحب لإعادة الترتيب',
	viewNames: {
		timeline: 'الخط الزمني',
		ratifications: 'رسم النمو',
		'cop-sessions': 'دورات مؤتمر الأطراف',
		map: 'خريطة العالم'
	},
	revealLabel: 'توقّع ثم اكشف: إخفاء الخطوط بعد',
	revealHint: 'اتركه فارغًا لعرض كل الخطوط دفعة واحدة.',
	moveUp: 'تحريك لأعلى',
	moveDown: 'تحريك لأسفل',
	stopN: (stop: number) => `المحطة ${n(stop)}`,
	preview: 'معاينة',
	delete: 'حذف',
	keepsLastStop: 'تحتفظ الجولة بمحطتها الأخيرة؛ احذف الجولة بدلًا من ذلك',

	// LocalTour
	yourTour: 'جولتك',
	presenterPrefix: 'المقدِّم · ',
	notFound: 'الجولة غير موجودة',
	notFoundText: (id: string) =>
		`لا توجد جولة ${id ? `باسم «${id}» ` : ''}في هذا المتصفح. تُحفظ الجولات التي تعدّها في المتصفح الذي أُعدّت فيه؛ افتح ملف جولة في المحرر لنقلها إلى هنا.`,

	// The tour store (tourStore, LocalTours)
	noStorage: 'هذا المتصفح لا يتيح التخزين',
	storeNotJson: 'ليس بصيغة JSON',
	storeNotStore: 'ليس مخزن جولات ({ version, tours })',
	storeVersion: (found: string | null, version: number) =>
		`إصداره (${found ?? 'بلا إصدار'}) ليس ${n(version)}`,
	storeNotList: 'حقله "tours" ليس قائمة',
	storeBadTours: (which: string[]) =>
		`${which.length > 1 ? 'تعذّرت قراءة الجولات' : 'تعذّرت قراءة الجولة'} ${which.join('، ')}`,
	storeNotCopied: (reason: string, error: string) => `${reason}؛ وتعذّر تنحيته جانبًا (${error})`,
	storeUnavailable: (why: string) => `لا يمكن حفظ جولاتك في هذا المتصفح: ${why}.`,
	storeUnsaved: (why: string) =>
		`تعذّر حفظ جولاتك في هذا المتصفح (${why})؛ وستبقى حتى إغلاق الصفحة.`,

	// A tour file's problems (tourFile, problemText); the field keeps the file's spelling
	fileAt: (line: number, field: string) => `السطر ${line}، ${field}`,
	kinds: {
		text: 'نصًا',
		number: 'عددًا',
		boolean: 'true أو false',
		true: 'true',
		false: 'false',
		list: 'قائمة',
		listBrackets: 'قائمة [ … ]',
		object: 'كائنًا',
		objectBraces: 'كائنًا { … }',
		null: 'null',
		nothing: 'لا شيء'
	},
	isMissing: 'مفقود',
	mustNotBeEmpty: 'يجب ألا يكون فارغًا',
	isEmpty: 'فارغ',
	tooBig: 'أكبر من أن يكون جولة',
	notTourField: 'ليس حقلًا من حقول الجولة',
	notFieldOf: (path: string) => `ليس حقلًا من حقول ${path}`,
	mustBeLanguage: (list: string) => `يجب أن يكون أحد ${list} (نص الجولة الأصلي هو الإنكليزي)`,
	mustBeOneOf: (list: string) => `يجب أن يكون أحد ${list}`,
	notATour: (found: string) => `يجب أن يكون جولة (كائنًا { … })، لا ${found}`, // review: the case ending of the kind after "لا"
	mustBe: (what: string, found: string) => `يجب أن يكون ${what}، لا ${found}`, // review: the case ending of the kind after "لا"
	slug: 'يجب أن يكون معرّفًا بأحرف صغيرة (slug)',
	stopNeedsEvents: 'يجب أن تسمّي المحطة الأحداث التي تستند إليها',
	tourNeedsStop: 'يجب أن تضم الجولة محطة واحدة على الأقل',
	notIsoDate: 'يجب أن يكون تاريخًا حقيقيًا مكتوبًا بصيغة YYYY-MM-DD',
	notCalendarDate: (date: string) => `${date} ليس تاريخًا في التقويم`,
	noSuchEvent: (id: string) => `يشير إلى حدث غير موجود: ${id}`,
	noSuchSelectedEvent: (id: string) => `event=${id} غير موجود`,
	notJson: (detail: string | null) => `ليس JSON صالحًا${detail === null ? '' : `: ${detail}`}`
} satisfies typeof en;
