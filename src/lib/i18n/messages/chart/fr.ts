import type en from './en';
import { grammar } from '../../plural';

const { n, plural } = grammar('fr');
/** "1re", "40e": Partie is feminine. */
const ord = (x: number) => (x === 1 ? '1re' : `${n(x)}e`);

export default {
	instrument: {
		UNTOC: 'Convention',
		TIP: 'Traite des personnes',
		SOM: 'Trafic de migrants',
		FIR: 'Armes à feu'
	},
	measure: {
		signatories: 'Signataires',
		parties: 'Parties',
		'in-force': 'En vigueur'
	},
	measureHelp: {
		signatories: 'États et organisations ayant signé',
		parties: 'Parties : consentement à être lié déposé',
		'in-force': 'Parties à l’égard desquelles l’instrument est en vigueur'
	},
	measureAxis: {
		signatories: 'Signataires (États et UE)',
		parties: 'Parties (États et UE)',
		'in-force': 'Parties à l’égard desquelles il est en vigueur'
	},
	measureUnit: {
		signatories: (c: number) => plural(c, { one: 'signataire', other: 'signataires' }),
		parties: (c: number) => plural(c, { one: 'Partie', other: 'Parties' }),
		'in-force': () => 'en vigueur'
	},

	title: (lastYear: string) => `Évolution des ratifications, 2000–${lastYear}`,
	sub: (help: string) => `${help}, par instrument et par date.`,
	exportTitle: (measure: string, from: string, to: string) =>
		`Évolution des ratifications : ${measure}, ${from} – ${to}`,
	milestoneTitle: (label: string, text: string, entryIntoForce: string) =>
		`${label} ${text} ; entrée en vigueur le ${entryIntoForce}`,
	hiddenNote: (date: string) =>
		`Courbes masquées après le ${date} : faites votre pronostic, puis dévoilez-les.`,
	brushHint: 'Faites glisser ici pour choisir une période',
	leftOutItem: (count: number, label: string) => `${label} : ${n(count)}`,
	leftOutNote: (list: string, total: number) =>
		`* Hors des courbes : ${plural(total, { one: 'une Partie', other: '# Parties' })} (${list}) dont la date d’adhésion n’est pas connue (seule une période l’est). ${total === 1 ? 'Elle est comptée' : 'Elles sont comptées'} dans les totaux en bout de courbe et dans la lecture une fois ${total === 1 ? 'sa' : 'leur'} période écoulée, et ${total === 1 ? 'n’est jamais placée' : 'ne sont jamais placées'} à une date inventée.`,
	keys: 'Pointeur : déplacez-le pour lire une date, cliquez pour fixer la date de référence. Touches (une fois le graphique sélectionné) : ← → changement précédent ou suivant, Début Fin premier ou dernier, Entrée fixer comme date de référence, Échap revenir à la date de référence.',
	roleChart: 'graphique',

	countLegend: 'Compter',
	linesLegend: 'Courbes',
	byGroup: 'Par groupe régional de l’ONU',

	readOn: 'Le',
	readAsOf: 'Au',
	colon: ' :',

	threshold: (count: number) => `${n(count)} instruments : le seuil d’entrée en vigueur`,
	inForce: (label: string) => `${label} en vigueur`,
	copLegend: 'Session de la COP',
	copTick: (session: number) => `COP ${n(session)}`,
	endLabel: (label: string, count: string, unit: string) =>
		`${label} · ${count}${unit ? ` ${unit}` : ''}`,

	tableSummary: 'Les chiffres du graphique (tableau)',
	tableCaption: (measure: string, asOf: string | null) =>
		`${measure} à la fin de chaque année${asOf === null ? '' : `, et au ${asOf}`}`,
	dateHeader: 'Date',

	noGroup: 'Hors groupe régional',

	milestonesSummary: 'Étapes (tableau)',
	milestonesCaption:
		'La 1re, la 40e, la 100e et la 150e Partie à chaque instrument, par date de dépôt (Union européenne comprise ; plusieurs noms : dépôt le même jour)',
	instrumentHeader: 'Instrument',
	nthParty: (rank: number) => `${ord(rank)} Partie`,
	notReached: 'non atteint',

	milestoneText: (rank: number, who: string, sameDay: boolean, date: string) =>
		`${ord(rank)} : ${who}${sameDay ? ' (même jour)' : ''}, ${date}`,
	milestoneLine: (label: string, rank: number, who: string, date: string) =>
		`${label} ${ord(rank)} : ${who}, ${date}`,
	milestoneDay: (label: string, rank: number, date: string) => `${label} ${ord(rank)}, ${date} :`,
	sameDay: (who: string) => `${who} (même jour)`,
	inForceOn: (date: string) => `en vigueur le ${date}`,

	asOfLegend: 'Situation au',
	year: 'Année',
	date: 'Date',
	latest: (date: string) => `Dernières données (${date})`,

	pickOnCalendar: (label: string) => `${label} : choisir dans un calendrier`,
	outOfRange: (from: string, to: string) => `Choisissez un jour entre le ${from} et le ${to}`,
	enterDate: (example: string) => `Saisissez une date, par exemple ${example}`,
	monthAsWord: (example: string, iso: string) =>
		`Écrivez le mois en lettres (${example}) ou la date sous la forme ${iso}`,
	notADate: (example: string, iso: string) =>
		`Date illisible : écrivez-la comme ${example} ou ${iso}`,
	notAMonth: (long: string, short: string) => `Mois inconnu : écrivez-le comme ${long} ou ${short}`,
	noSuchDay: (month: string, day: number) => `${month} ne compte pas de jour ${n(day)}`
} satisfies typeof en;
