/**
 * Draws a figure component off screen at an exact size and hands back its SVG: how an export lays a
 * figure out for its frame (a 16:9 slide, an A4 page) instead of stretching what the screen shows. The
 * host is attached to the document, so computed styles resolve when the export inlines them, and is
 * removed again by `done()`.
 */
import { flushSync, mount, unmount, type Component } from 'svelte';

export function renderOffscreen<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	width: number,
	height: number
): { svg: SVGSVGElement; done: () => void } {
	const host = document.createElement('div');
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = `position:fixed;left:-200000px;top:0;width:${width}px;height:${height}px;overflow:hidden;`;
	document.body.append(host);
	const app = mount(component, { target: host, props });
	flushSync();
	const svg = host.querySelector('svg');
	const done = () => {
		void unmount(app);
		host.remove();
	};
	if (!svg) {
		done();
		throw new Error('renderOffscreen: the figure drew no SVG');
	}
	return { svg, done };
}
