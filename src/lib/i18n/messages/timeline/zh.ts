import type en from './en';
import { grammar } from '../../plural';

const { n } = grammar('zh');
const events = (x: number) => `${n(x)} 个事件`;

export default {
	category: {
		congress: '联合国预防犯罪大会', // review: short form of 联合国预防犯罪和刑事司法大会
		'general-assembly': '大会',
		negotiation: '谈判',
		signature: '签署',
		'entry-into-force': '生效',
		cop: '缔约方会议',
		'working-group': '工作组',
		'review-mechanism': '审议机制',
		other: '其他'
	},
	group: {
		AFR: '非洲国家组',
		APG: '亚洲-太平洋国家组',
		EEG: '东欧国家组',
		GRULAC: '拉丁美洲和加勒比国家组',
		WEOG: '西欧和其他国家组'
	},

	title: '事件时间线，1975–2024',
	exportTitle: (window: string) => `事件时间线，${window}`,

	summary: (count: number, first: string, last: string, lanes: number, window: string) =>
		`${events(count)}（${first}至${last}），分属 ${n(lanes)} 个类别；当前显示：${window}。`,
	noEvents: '没有符合筛选条件的事件。',
	clusterName: (count: number, span: string, titles: string) =>
		`${events(count)}，${span}：${titles}。放大即可查看。`,

	markName: (title: string, date: string) => `${title}，${date}`,
	chip: (count: number) => `+${n(count)}`,

	zoom: '缩放',
	zoomIn: '放大',
	zoomOut: '缩小',
	showAll: '显示 1975–2024',

	keys: '按键',
	keysPrefix: '按键：',
	keyPrevNext: '上一个或下一个事件',
	keyLane: '切换类别', // review: ↑ ↓ move to the lane above or below
	keyDetails: '详情',
	keyZoom: '缩放',
	keyPan: '平移',
	keyEnds: '第一个或最后一个事件',
	keyAll: '整个时段',
	keyClose: '关闭详情',
	keySep: '，',
	keyEnd: '。',

	categories: '类别',

	close: '关闭',
	closeDetails: '详情',
	knownMonth: '仅知月份。',
	knownYear: '仅知年份。',
	date: '日期',
	categoryTerm: '类别',
	location: '地点',
	instruments: '文书',
	notKnown: '不详',
	noInstruments: '无特定文书',
	note: '注：',
	sources: '来源',
	newTab: '（在新标签页中打开）',

	clusterLabel: '此组中的事件',
	clusterCount: events,
	clusterMore: (count: number) => `另有 ${n(count)} 个`,
	clickZoom: '点击放大。',
	clickList: '点击查看列表。'
} satisfies typeof en;
