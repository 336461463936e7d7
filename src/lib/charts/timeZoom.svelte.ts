/**
 * The timeline's zoom: d3-zoom on the plot's SVG, kept as the window of time it shows (`domain`, in ms)
 * rather than as a pixel transform, so that a resize keeps the same dates in view. Wheel, drag and pinch
 * come from d3-zoom; buttons, keys and other views call the methods. The window reaches the rest of the
 * page only when a gesture ends (`onEnd`), never on every frame. Transitions are skipped when the
 * reader asks for reduced motion.
 */
import { DAY_MS } from '$lib/data/calendarDate';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

const reducedMotion = () =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class TimeZoom {
	/** The window shown, ms since 1970 (UTC), start inclusive and end exclusive. */
	domain = $state.raw<[number, number]>([0, 1]);
	#svg: SVGSVGElement | null = null;
	#behavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;
	#base: ScaleTime<number, number> = scaleUtc();
	#range: [number, number] = [0, 1];

	/**
	 * @param span the whole span, ms; the zoom never leaves it
	 * @param minSpan the narrowest window, ms
	 * @param onEnd called when a gesture or a programmed move has ended
	 */
	constructor(
		readonly span: [number, number],
		readonly minSpan: number,
		private readonly onEnd: () => void
	) {
		this.domain = span;
	}

	/** Is the window narrower than the whole span? */
	get zoomedIn(): boolean {
		return this.domain[1] - this.domain[0] < this.span[1] - this.span[0] - DAY_MS;
	}

	/** Is the window as narrow as the zoom allows (within 1%)? */
	get atLimit(): boolean {
		return this.domain[1] - this.domain[0] <= this.minSpan * 1.01;
	}

	/**
	 * attach(svg, range, height, initial): wire d3-zoom to the plot, whose x scale spans `range` pixels,
	 * starting at the window `initial` (ms). Call it again when the size changes; the returned function
	 * detaches.
	 */
	attach(svg: SVGSVGElement, range: [number, number], height: number, initial: [number, number]) {
		this.#svg = svg;
		this.#range = range;
		this.#base = scaleUtc().domain(this.span).range(range);
		const extent: [[number, number], [number, number]] = [
			[range[0], 0],
			[range[1], height]
		];
		const z = zoom<SVGSVGElement, unknown>()
			.scaleExtent([1, (this.span[1] - this.span[0]) / this.minSpan])
			.extent(extent)
			.translateExtent(extent)
			.on('zoom', (e: { transform: ZoomTransform }) => {
				this.domain = e.transform
					.rescaleX(this.#base)
					.domain()
					.map((d) => d.getTime()) as [number, number];
			})
			.on('end', () => this.onEnd());
		this.#behavior = z;
		const sel = select(svg).call(z).on('dblclick.zoom', null);
		sel.call(z.transform, this.#transformFor(initial[0], initial[1]));
		return () => {
			sel.on('.zoom', null);
			if (this.#svg === svg) this.#behavior = null;
		};
	}

	#transformFor(from: number, to: number): ZoomTransform {
		const b = this.#base;
		const [a, c] = this.#range;
		const k = (c - a) / (b(to) - b(from));
		return zoomIdentity.translate(a, 0).scale(k).translate(-b(from), 0);
	}

	#apply(t: ZoomTransform, ms: number) {
		if (!this.#svg || !this.#behavior) return;
		const sel = select(this.#svg);
		if (ms > 0 && !reducedMotion()) sel.transition().duration(ms).call(this.#behavior.transform, t);
		else sel.call(this.#behavior.transform, t);
	}

	/** show(from, to, ms): move to the window [from, to) (ms), animated over ms milliseconds. */
	show(from: number, to: number, ms = 0) {
		const f = Math.max(this.span[0], from);
		const t = Math.min(this.span[1], Math.max(to, f + this.minSpan));
		this.#apply(this.#transformFor(f, t), ms);
	}

	/**
	 * showAround(from, to): zoom to the span [from, to] (ms) with room on both sides — a fifth of the span,
	 * at least a day, and enough to reach the narrowest window — so what it holds stands apart.
	 */
	showAround(from: number, to: number) {
		const end = Math.max(to, from + DAY_MS);
		const pad = Math.max((end - from) * 0.2, (this.minSpan - (end - from)) / 2, DAY_MS);
		this.show(from - pad, end + pad, 250);
	}

	/** zoomBy(factor, centerPx): zoom in (factor > 1) or out around a point of the plot. */
	zoomBy(factor: number, centerPx = (this.#range[0] + this.#range[1]) / 2) {
		if (!this.#svg || !this.#behavior) return;
		const sel = select(this.#svg);
		const p: [number, number] = [centerPx, 0];
		if (reducedMotion()) this.#behavior.scaleBy(sel, factor, p);
		else this.#behavior.scaleBy(sel.transition().duration(200), factor, p);
	}

	/** panBy(fraction): move the window by a fraction of its width (negative: back in time). */
	panBy(fraction: number) {
		if (!this.#svg || !this.#behavior) return;
		const k = zoomTransform(this.#svg).k;
		const w = this.#range[1] - this.#range[0];
		this.#behavior.translateBy(select(this.#svg), (-fraction * w) / k, 0);
	}

	/** keepInView(t): centre the window on time t (ms) without changing the zoom. */
	keepInView(t: number) {
		if (!this.#svg || !this.#behavior) return;
		this.#behavior.translateTo(select(this.#svg), this.#base(t), 0);
	}

	/** reset(): back to the whole span. */
	reset() {
		this.#apply(zoomIdentity, 250);
	}
}
