/** The page frame's interface strings, in English: the catalogue every other language follows. */
export default {
	skip: 'Skip to content',
	siteNav: 'Site',
	navTimeline: 'Timeline',
	navPresent: 'Present',
	navTours: 'Your tours',
	navAbout: 'About the data',
	footer:
		'UNTOC Timeline — an open-source history of the United Nations Convention against Transnational Organized Crime and its Protocols. Every record carries its source; see',
	language: 'Language',
	/** Beside a text the dataset holds only in English, inside another language. */
	inEnglish: 'in English'
};
