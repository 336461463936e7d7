/**
 * Draws element descriptions (nodeSpecs.ts) into the page and keeps them up to date: a keyed list of
 * SVG elements under one parent, each patched attribute by attribute when its description changes,
 * made when its key appears and dropped when it goes. Elements that stay are never moved unless the
 * order changed, so a focused mark keeps its focus while the marks around it come and go.
 */
import type { AttrValue, ElementSpec } from './nodeSpecs';

const SVG = 'http://www.w3.org/2000/svg';
const text = (v: AttrValue) => (v === null || v === undefined ? null : String(v));

/** createSvg(spec): the element a description describes, with its children. */
export function createSvg(spec: ElementSpec): SVGElement {
	const el = document.createElementNS(SVG, spec.tag);
	for (const name in spec.attrs) {
		const v = text(spec.attrs[name]);
		if (v !== null) el.setAttribute(name, v);
	}
	for (const c of spec.children ?? [])
		el.append(typeof c === 'string' ? document.createTextNode(c) : createSvg(c));
	return el;
}

/** patchSvg(el, prev, next): el made to match next, given that it matched prev; returns the element. */
export function patchSvg(el: SVGElement, prev: ElementSpec, next: ElementSpec): SVGElement {
	if (prev === next) return el;
	if (prev.tag !== next.tag) {
		const made = createSvg(next);
		el.replaceWith(made);
		return made;
	}
	const was = prev.attrs;
	for (const name in next.attrs) {
		const raw = next.attrs[name];
		if (raw === was[name]) continue;
		const v = text(raw);
		if (v === text(was[name])) continue;
		if (v === null) el.removeAttribute(name);
		else el.setAttribute(name, v);
	}
	for (const name in was) if (!(name in next.attrs)) el.removeAttribute(name);
	// The same parts (a mark that only moved): nothing below to look at.
	if (prev.children === next.children) return el;
	const a = prev.children ?? [];
	const b = next.children ?? [];
	const same =
		a.length === b.length &&
		a.every((c, i) => {
			const d = b[i];
			return typeof c === 'string'
				? typeof d === 'string'
				: typeof d !== 'string' && d?.tag === c.tag;
		});
	if (!same) {
		el.replaceChildren(
			...b.map((c) => (typeof c === 'string' ? document.createTextNode(c) : createSvg(c)))
		);
		return el;
	}
	let node = el.firstChild;
	for (let i = 0; i < b.length; i++) {
		const c = b[i]!;
		const next = node?.nextSibling ?? null;
		if (typeof c === 'string') {
			if (node && node.nodeValue !== c) node.nodeValue = c;
		} else if (node) patchSvg(node as SVGElement, a[i] as ElementSpec, c);
		node = next;
	}
	return el;
}

/**
 * The shape of an element: its tag and its children's, which decide whether one can become another
 * without being rebuilt, and its children's fills (a mark of the same category keeps its symbol).
 */
function shapeOf(spec: ElementSpec): string {
	let shape = spec.tag;
	for (const c of spec.children ?? [])
		shape += typeof c === 'string' ? ',#' : `,${c.tag}${c.attrs.fill ?? ''}`;
	return shape;
}

/**
 * A keyed list of drawn elements under one parent. An element whose key goes is given to a key that
 * comes, if one of the same shape does: in place when it stands where the new one goes, else from
 * wherever it is (patched, not made anew: a zoom brings and takes hundreds of marks a frame). Never the
 * element that has the focus, which is dropped with its key.
 */
export class KeyedSvg {
	#drawn = new Map<string, { el: SVGElement; spec: ElementSpec }>();
	#keys = new WeakMap<Element, string>();

	/** update(parent, list): the parent's children made to be the list's elements, in its order. */
	update(parent: Element, list: readonly { key: string; spec: ElementSpec }[]) {
		const keep = new Set<string>();
		for (const d of list) keep.add(d.key);
		/** The elements whose key goes, by element and by shape. */
		const leaving = new Map<Node, { el: SVGElement; spec: ElementSpec; shape: string }>();
		const byShape = new Map<string, SVGElement[]>();
		const focused = document.activeElement;
		for (const [key, d] of this.#drawn) {
			if (keep.has(key)) continue;
			this.#drawn.delete(key);
			if (focused && d.el.contains(focused)) {
				d.el.remove();
				continue;
			}
			const shape = shapeOf(d.spec);
			leaving.set(d.el, { ...d, shape });
			const pool = byShape.get(shape);
			if (pool) pool.push(d.el);
			else byShape.set(shape, [d.el]);
		}
		/** A leaving element of the shape, taken out of those leaving. */
		const take = (shape: string, at: Node | null) => {
			const here = at && leaving.get(at);
			if (here && here.shape === shape) {
				leaving.delete(at);
				return here;
			}
			const pool = byShape.get(shape);
			while (pool?.length) {
				const el = pool.pop()!;
				const d = leaving.get(el);
				if (d) {
					leaving.delete(el);
					return d;
				}
			}
			return undefined;
		};
		let cursor = parent.firstChild;
		for (const { key, spec } of list) {
			let d = this.#drawn.get(key);
			if (d) {
				const el = patchSvg(d.el, d.spec, spec);
				if (el !== d.el) this.#keys.set(el, key);
				d.el = el;
				d.spec = spec;
			} else {
				const reused = take(shapeOf(spec), cursor);
				d = reused
					? { el: patchSvg(reused.el, reused.spec, spec), spec }
					: { el: createSvg(spec), spec };
				this.#drawn.set(key, d);
				this.#keys.set(d.el, key);
			}
			// Past what is leaving (it goes at the end, or is given to a later key).
			while (cursor && cursor !== d.el && leaving.has(cursor)) cursor = cursor.nextSibling;
			if (d.el === cursor) cursor = cursor.nextSibling;
			else parent.insertBefore(d.el, cursor);
		}
		for (const { el } of leaving.values()) el.remove();
	}

	/** keyOf(el): the key of a drawn element, or undefined for any other element. */
	keyOf(el: Element): string | undefined {
		return this.#keys.get(el);
	}
}
