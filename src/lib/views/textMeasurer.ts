/** The page's font stack as canvas text measuring needs it (app.css --font leads with the same faces). */
export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * Text width for label layout: a canvas measure in the browser, cached per string; a fixed
 * average width per character where there is no canvas (prerendering, tests), which errs wide so a
 * label that fits there also fits on screen.
 */
export function textMeasurer(font: string): (text: string) => number {
	const cache = new Map<string, number>();
	const ctx =
		typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
	if (ctx) ctx.font = font;
	return (text) => {
		let w = cache.get(text);
		if (w === undefined) {
			w = ctx ? ctx.measureText(text).width : text.length * 7.5;
			cache.set(text, w);
		}
		return w;
	};
}
