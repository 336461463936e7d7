// The three renderers an exported SVG must draw the same in outside the browser: resvg (a devDependency),
// librsvg (`rsvg-convert`, Debian librsvg2-bin) and ImageMagick 6 (`convert`, Debian imagemagick). The
// two command-line tools are system packages: `scripts/ensure-tools.js` installs them when it can, and
// a comparison whose tool is missing is skipped with the package's name.
import { Resvg } from '@resvg/resvg-js';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export interface Tool {
	name: 'rsvg-convert' | 'convert';
	/** The Debian package that provides it. */
	pkg: string;
	/** Whether it is on the PATH. */
	found: boolean;
}

const onPath = (cmd: string) => {
	try {
		execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};

export const TOOLS: Tool[] = [
	{ name: 'rsvg-convert', pkg: 'librsvg2-bin', found: onPath('rsvg-convert') },
	{ name: 'convert', pkg: 'imagemagick', found: onPath('convert') }
];

/** renderResvg(svg): the file drawn by resvg at its own size. */
export function renderResvg(svg: string): PNG {
	const png = new Resvg(svg, {
		font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' }
	})
		.render()
		.asPng();
	return PNG.sync.read(Buffer.from(png));
}

/** renderWith(tool, svgFile, width, height): the file drawn by a command-line renderer at that size. */
export function renderWith(tool: Tool['name'], svgFile: string, width: number, height: number) {
	const out = svgFile.replace(/\.svg$/, `.${tool}.png`);
	if (tool === 'rsvg-convert')
		execFileSync('rsvg-convert', ['-w', `${width}`, '-h', `${height}`, '-o', out, svgFile]);
	else
		execFileSync('convert', [
			'-background',
			'none',
			`svg:${svgFile}`,
			'-resize',
			`${width}x${height}!`,
			`png32:${out}`
		]);
	return PNG.sync.read(readFileSync(out));
}

/** difference(a, b, diffFile): the share of pixels that differ, with a picture of where. */
export function difference(a: PNG, b: PNG, diffFile?: string): number {
	if (a.width !== b.width || a.height !== b.height)
		throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
	const diff = diffFile ? new PNG({ width: a.width, height: a.height }) : undefined;
	const n = pixelmatch(a.data, b.data, diff?.data, a.width, a.height, { threshold: 0.2 });
	if (diff && diffFile) writeFileSync(diffFile, PNG.sync.write(diff));
	return n / (a.width * a.height);
}

/** tallestBlankBand(png): the most rows in a row that are all the colour of the top-left pixel. */
export function tallestBlankBand(png: PNG): number {
	const ground = png.data.readUInt32BE(0);
	let best = 0;
	let run = 0;
	for (let y = 0; y < png.height; y++) {
		let blank = true;
		for (let x = 0; x < png.width && blank; x++)
			blank = png.data.readUInt32BE((y * png.width + x) * 4) === ground;
		run = blank ? run + 1 : 0;
		best = Math.max(best, run);
	}
	return best;
}
