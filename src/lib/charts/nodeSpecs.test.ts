import { describe, expect, it } from 'vitest';
import { chipSpec, markSpec, MarkSpecs, type ElementSpec, type MarkInput } from './nodeSpecs';
import { CATEGORY_STYLE } from './palette';

const mark = (over: Partial<MarkInput> = {}): MarkInput => ({
	id: 'palermo',
	name: 'Palermo conference, 12–15 December 2000',
	x: 120,
	plotWidth: 800,
	xEnd: null,
	whisker: null,
	y: 30,
	r: 7,
	fontSize: 13,
	style: CATEGORY_STYLE.negotiation,
	label: 'Palermo conference',
	labelX: 132,
	q: '',
	tabStop: false,
	focused: false,
	selected: false,
	highlighted: false,
	receded: false,
	...over
});
const child = (s: ElementSpec, tag: string) =>
	(s.children ?? []).find((c): c is ElementSpec => typeof c !== 'string' && c.tag === tag);

describe('markSpec', () => {
	it('places the mark by one transform and draws its parts around its own origin', () => {
		const s = markSpec(mark());
		expect(s.tag).toBe('g');
		expect(s.attrs.transform).toBe('translate(120,30)');
		expect(s.attrs['data-event-id']).toBe('palermo');
		expect(s.attrs.role).toBe('button');
		expect(s.attrs['aria-pressed']).toBe('false');
		expect(s.attrs.tabindex).toBe(-1);
		expect(child(s, 'path')?.attrs.transform).toBeUndefined();
		expect(child(s, 'text')?.attrs.x).toBe(12);
		expect(child(s, 'text')?.children).toEqual(['Palermo conference']);
		// No ring unless focused, selected or pointed at elsewhere.
		expect((s.children ?? []).some((c) => typeof c !== 'string' && c.attrs.class === 'ring')).toBe(
			false
		);
	});

	it('marks the search terms in the label and rings the selected event', () => {
		const s = markSpec(mark({ q: 'palermo', selected: true, tabStop: true }));
		expect(s.attrs.class).toBe('event selected');
		expect(s.attrs['aria-pressed']).toBe('true');
		expect(s.attrs.tabindex).toBe(0);
		const text = child(s, 'text');
		expect(text?.children?.[0]).toMatchObject({ tag: 'tspan', children: ['Palermo'] });
		expect(text?.children?.[1]).toBe(' conference');
		const ring = (s.children ?? []).find((c) => typeof c !== 'string' && c.attrs.class === 'ring');
		expect(ring).toBeDefined();
	});

	it('draws an event of several days as a bar, its symbol kept inside the plot', () => {
		const s = markSpec(mark({ x: -40, xEnd: 60 }));
		const [bar, symbol] = (s.children ?? []).filter(
			(c): c is ElementSpec => typeof c !== 'string' && (c.tag === 'rect' || c.tag === 'path')
		);
		expect(bar?.tag).toBe('rect');
		expect(bar?.attrs.width).toBeCloseTo(100 + 7 * 0.8);
		// The bar starts off the plot's left edge: its symbol sits at r + 1 = 8 px, 48 px from the start.
		expect(symbol?.attrs.transform).toBe('translate(48,0)');
	});
});

describe('MarkSpecs', () => {
	it('keeps a mark’s parts when only its place changed, so drawing it again is one transform', () => {
		const specs = new MarkSpecs();
		const a = specs.spec(mark());
		const b = specs.spec(mark({ x: 300, labelX: 312, y: 54 }));
		expect(b.children).toBe(a.children);
		expect(b.attrs.transform).toBe('translate(300,54)');
	});

	it('draws the parts anew when what they show changes', () => {
		const specs = new MarkSpecs();
		const a = specs.spec(mark());
		for (const change of [
			{ label: null },
			{ labelX: 120 - 5 - 100 },
			{ focused: true },
			{ q: 'conf' },
			{ style: CATEGORY_STYLE.congress }
		] satisfies Partial<MarkInput>[]) {
			const b = specs.spec(mark(change));
			expect(b.children, JSON.stringify(change)).not.toBe(a.children);
			specs.spec(mark());
		}
	});

	it('moves a bar’s symbol with the plot edge, not with the bar', () => {
		const specs = new MarkSpecs();
		const a = specs.spec(mark({ x: -40, xEnd: 60 }));
		const b = specs.spec(mark({ x: -30, xEnd: 70 }));
		expect(b.children).not.toBe(a.children);
	});
});

describe('chipSpec', () => {
	it('says how many events it holds and, for automation, which', () => {
		const s = chipSpec({
			size: 3,
			ids: 'a b c',
			name: '3 events, 1999',
			text: '+3',
			x0: 10,
			x1: 20,
			y: 30,
			h: 22,
			fontSize: 12,
			highlighted: false,
			receded: false
		});
		expect(s.attrs).toMatchObject({
			class: 'cluster',
			transform: 'translate(10,30)',
			'data-cluster-size': 3,
			'data-event-ids': 'a b c',
			tabindex: '-1',
			'aria-label': '3 events, 1999'
		});
		// Narrower than its text would be: as wide as 1.1 times its height.
		expect(child(s, 'rect')?.attrs.width).toBeCloseTo(24.2);
		expect(child(s, 'text')?.children).toEqual(['+3']);
	});
});
