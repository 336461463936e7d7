/**
 * A standalone SVG drawn into a PNG at 1×, 2× or 4×, only once the page's fonts have loaded: a PNG made
 * before that comes out blank or in a fallback font, a known failure of other tools.
 */
export async function rasterize(svg: string, scale: number): Promise<Blob> {
	await document.fonts.ready;
	const w = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 800);
	const h = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 600);
	const img = new Image();
	img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await img.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(w * scale);
	canvas.height = Math.round(h * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('no 2D canvas');
	ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
	);
}
