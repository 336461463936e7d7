import type en from './en';

export default {
	skip: 'Перейти к содержанию',
	siteNav: 'Сайт',
	navTimeline: 'Хронология',
	navPresent: 'Презентация',
	navTours: 'Ваши туры',
	navAbout: 'О данных',
	footer:
		'UNTOC Timeline — открытая история Конвенции Организации Объединенных Наций против транснациональной организованной преступности и протоколов к ней. У каждой записи указан источник; см.',
	language: 'Язык',
	inEnglish: 'на английском языке'
} satisfies typeof en;
