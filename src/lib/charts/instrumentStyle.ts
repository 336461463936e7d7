/**
 * How each instrument looks in every chart and export: a colour-blind-safe colour paired with a dash
 * pattern, and a short label for direct labelling, so no line is told apart by colour alone.
 */
import type { InstrumentId } from '$lib/data/schema';

export interface InstrumentStyle {
	color: string;
	dash: string | undefined;
	label: string;
}

export const INSTRUMENT_STYLE: Record<InstrumentId, InstrumentStyle> = {
	UNTOC: { color: '#1b1f24', dash: undefined, label: 'Convention' },
	TIP: { color: '#D55E00', dash: '7 3', label: 'Trafficking' },
	SOM: { color: '#0072B2', dash: '2 2.5', label: 'Smuggling' },
	FIR: { color: '#009E73', dash: '9 3 2 3', label: 'Firearms' }
};
