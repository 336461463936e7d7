import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('ru');

export default {
	// Presentation (the stage)
	stopOf: (at: number, of: number) => `Остановка ${n(at)} из ${n(of)}`,
	sources: 'Источники:',
	stopView: 'Вид этой остановки',
	presentation: 'Презентация',
	previous: 'Назад',
	reveal: 'Показать',
	next: 'Далее',
	fullScreen: 'Во весь экран',
	theme: 'Тема',
	themeDark: 'Проектор (тёмная)',
	themeLight: 'Проектор (светлая)',
	themeStandard: 'Обычная',
	presenterView: 'Окно докладчика',
	allTours: 'Все туры',
	leave: 'Выйти',

	// PresenterView
	presenterSuffix: ': окно докладчика',
	elapsed: 'Прошло',
	timeElapsed: 'Прошедшее время',
	thisStop: 'Эта остановка',
	timeOnStop: 'Время на этой остановке',
	restartTimers: 'Сбросить таймеры',
	nowStop: (at: number, of: number) => `Сейчас — остановка ${n(at)} из ${n(of)}`,
	notRevealed: ' (ещё не показано: нажмите → или R, чтобы показать)',
	yourNotes: 'Ваши заметки',
	noNotes: 'К этой остановке заметок нет.',
	onScreen: 'На экране',
	nextLabel: 'Далее',
	endOfTour: 'Конец тура',
	nextStopView: 'Вид следующей остановки',

	// StageSessions
	unknown: 'неизвестно',
	sessionsRegion: 'Сессии Конференции участников',
	colSession: 'Сессия',
	colDates: 'Даты',
	colPlace: 'Место',
	colPresident: 'Председатель',
	colStatesParties: 'Государства-участники',
	colParticipants: 'Участники',
	cop: (session: number) => `КС ${n(session)}`, // review: "КС" is the usual Russian short form of the Conference of the Parties

	// AddToTour
	addToTour: 'Добавить этот вид в тур',
	addedAs: (stop: number, tour: string) => `Добавлено как остановка ${n(stop)} тура «${tour}».`,
	editYourTours: 'Изменить ваши туры',
	stopShows: 'Остановка показывает',
	viewChoice: {
		timeline: 'Хронологию',
		ratifications: 'График роста (число участников во времени)',
		'cop-sessions': 'Сессии Конференции участников',
		map: 'Карту мира (кто и где был связан)'
	},
	atFilters: 'С фильтрами этого вида:',
	allFilters: '(всё, как при открытии)',
	title: 'Заголовок',
	narration: 'Текст',
	notes: 'Заметки для докладчика',
	optional: '(необязательно)',
	eventsLabel: 'Источники: события, о которых эта остановка',
	eventsHint: (count: number) =>
		`Выбрано: ${n(count)}. Ctrl или ⌘ (Shift для диапазона), чтобы выбрать несколько.`,
	addItTo: 'Добавить в',
	tourOption: (tour: string, stops: number) =>
		`${tour} (${plural(stops, { one: '# остановка', few: '# остановки', many: '# остановок', other: '# остановки' })})`,
	newTour: 'Новый тур…',
	newTourTitle: 'Название нового тура',
	description: 'Описание',
	newTourDescription: 'Тур, созданный в UNTOC Timeline.',
	addStop: 'Добавить остановку',
	cancel: 'Отмена',
	errTitle: 'Дайте остановке заголовок.',
	errNarration: 'Напишите, что должна услышать аудитория на этой остановке.',
	errEvents: 'Выберите хотя бы одно событие, источники которого подтверждают остановку.',
	errNewTitle: 'Дайте новому туру название.',
	errNewDescription: 'Опишите тур.',

	// stopDraft: the proposed title when nothing is selected
	draftTitle: (view: string, years: string) => `${view}, ${years}`,
	draftViews: {
		timeline: 'Хронология',
		ratifications: 'Участники во времени',
		'cop-sessions': 'Сессии Конференции участников',
		map: 'Кто и где был связан'
	},

	// TourEditor
	yourTours: 'Ваши туры',
	lede1:
		'Туры, которые вы собираете из просмотренных видов; хранятся только в этом браузере. Добавьте остановку кнопкой «Добавить этот вид в тур» на',
	timelinePage: 'странице хронологии',
	lede2:
		'; сохраните тур в файл, чтобы сохранить его, поделиться им или добавить его в папку приложения',
	setAside: (reason: string) =>
		`Не все туры, сохранённые в этом браузере, удалось прочитать (${reason}). Их текст отложен, а не удалён; туры, которые удалось прочитать, приведены ниже.`,
	setAsideKept: 'Отложенные данные в этом браузере:',
	downloadSetAside: 'Скачать отложенные данные',
	openFile: 'Открыть файл тура',
	openFileLabel: 'Тур, сохранённый отсюда, или файл из',
	opened: (tour: string, file: string, id: string | null) =>
		`Тур «${tour}» открыт из ${file}${id === null ? '' : ` под идентификатором ${id} (его собственный занят)`}.`,
	notOpened: (file: string) => `Файл ${file} не открыт; ваши туры не изменились:`,
	deletedStop: (title: string) => `Остановка «${title}» удалена.`,
	deletedTour: (title: string) => `Тур «${title}» удалён.`,
	undo: 'Отменить',
	noTours1: 'Туров пока нет. Откройте',
	noTours2: ', выберите, что показать, и нажмите «Добавить этот вид в тур».',
	present: 'Показать',
	saveAsFile: 'Сохранить в файл',
	deleteTour: 'Удалить тур',
	tourTitle: 'Название тура',
	cannotBeEmpty: 'Поле не может быть пустым; сохраняется последний сохранённый текст.',
	stops: 'Остановки',
	dragHint: 'Перетащите остановку за ручку или используйте кнопки «Выше» и «Ниже».',
	dragToReorder: 'Перетащите, чтобы изменить порядок',
	viewNames: {
		timeline: 'Хронология',
		ratifications: 'График роста',
		'cop-sessions': 'Сессии КС',
		map: 'Карта мира'
	},
	revealLabel: 'Предсказать, затем показать: скрыть линии после',
	revealHint: 'Оставьте пустым, чтобы сразу показать все линии.',
	moveUp: 'Выше',
	moveDown: 'Ниже',
	stopN: (stop: number) => `остановка ${n(stop)}`,
	preview: 'Просмотр',
	delete: 'Удалить',
	keepsLastStop: 'В туре остаётся последняя остановка; удалите весь тур',

	// LocalTour
	yourTour: 'Ваш тур',
	presenterPrefix: 'Докладчик · ',
	notFound: 'Тур не найден',
	notFoundText: (id: string) =>
		`В этом браузере нет тура${id ? ` «${id}»` : ''}. Созданные вами туры хранятся в том браузере, где они созданы; откройте файл тура в редакторе, чтобы перенести его сюда.`,

	// The tour store (tourStore, LocalTours)
	noStorage: 'этот браузер не предоставляет хранилища',
	storeNotJson: 'это не JSON',
	storeNotStore: 'это не хранилище туров ({ version, tours })',
	storeVersion: (found: string | null, version: number) =>
		`его версия (${found ?? 'нет'}) — не ${n(version)}`,
	storeNotList: 'его поле "tours" — не список',
	storeBadTours: (which: string[]) =>
		`${which.length > 1 ? 'туры' : 'тур'} ${which.join(', ')} не удалось прочитать`,
	storeNotCopied: (reason: string, error: string) =>
		`${reason}; его не удалось отложить (${error})`,
	storeUnavailable: (why: string) => `Ваши туры нельзя хранить в этом браузере: ${why}.`,
	storeUnsaved: (why: string) =>
		`Ваши туры не удалось сохранить в этом браузере (${why}); они сохранятся до закрытия страницы.`,

	// A tour file's problems (tourFile, problemText); the field keeps the file's spelling
	fileAt: (line: number, field: string) => `строка ${line}, ${field}`,
	kinds: {
		text: 'текстом',
		number: 'числом',
		boolean: 'true или false',
		true: 'true',
		false: 'false',
		list: 'списком',
		listBrackets: 'списком [ … ]',
		object: 'объектом',
		objectBraces: 'объектом { … }',
		null: 'null',
		nothing: 'ничем'
	},
	isMissing: 'отсутствует',
	mustNotBeEmpty: 'не должно быть пустым',
	isEmpty: 'пуст',
	tooBig: 'слишком велик для тура',
	notTourField: 'не является полем тура',
	notFieldOf: (path: string) => `не является полем ${path}`,
	mustBeLanguage: (list: string) =>
		`должно быть одним из: ${list} (собственный текст тура — английский)`,
	mustBeOneOf: (list: string) => `должно быть одним из: ${list}`,
	notATour: (found: string) => `должно быть туром (объектом { … }), а не ${found}`, // review: the kind after "а не" is in the instrumental case
	mustBe: (what: string, found: string) => `должно быть ${what}, а не ${found}`, // review: both kinds are in the instrumental case
	slug: 'должно быть идентификатором в нижнем регистре (slug)',
	stopNeedsEvents: 'остановка должна называть события, на которых основаны её утверждения',
	tourNeedsStop: 'в туре должна быть хотя бы одна остановка',
	notIsoDate: 'должно быть реальной датой в виде ГГГГ-ММ-ДД',
	notCalendarDate: (date: string) => `${date} — не календарная дата`,
	noSuchEvent: (id: string) => `ссылается на несуществующее событие: ${id}`,
	noSuchSelectedEvent: (id: string) => `event=${id} не существует`,
	notJson: (detail: string | null) =>
		`не является корректным JSON${detail === null ? '' : `: ${detail}`}`
} satisfies typeof en;
