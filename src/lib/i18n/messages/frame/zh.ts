import type en from './en';

export default {
	skip: '跳至内容',
	siteNav: '网站',
	navTimeline: '时间线',
	navPresent: '演示',
	navTours: '您的导览',
	navAbout: '关于数据',
	footer:
		'UNTOC Timeline —— 《联合国打击跨国有组织犯罪公约》及其议定书的开源历史。每条记录都注明出处；参见',
	language: '语言',
	inEnglish: '英文'
} satisfies typeof en;
