import type en from './en';

export default {
	skip: 'Ir al contenido',
	siteNav: 'Sitio',
	navTimeline: 'Cronología',
	navPresent: 'Presentar',
	navTours: 'Sus recorridos',
	navAbout: 'Acerca de los datos',
	footer:
		'UNTOC Timeline — una historia de código abierto de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y sus Protocolos. Cada registro indica su fuente; véase',
	language: 'Idioma',
	inEnglish: 'en inglés'
} satisfies typeof en;
