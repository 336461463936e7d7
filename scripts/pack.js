#!/usr/bin/env node
// npm run build:pack: the offline pack. Builds the app routed by the URL's hash with every script,
// style and the data inlined (UNTOC_PACK=1, see svelte.config.js), then keeps the one HTML file as
// pack/untoc-timeline.html and checks that it refers to nothing outside itself.
import { execSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, statSync } from 'node:fs';

rmSync('pack/build', { recursive: true, force: true });
execSync('npx vite build', {
	stdio: 'inherit',
	env: { ...process.env, UNTOC_PACK: '1', VITE_UNTOC_PACK: '1' }
});
copyFileSync('pack/build/index.html', 'pack/untoc-timeline.html');
const html = readFileSync('pack/untoc-timeline.html', 'utf8');
const external = [
	...html.matchAll(/(?:src|href)="(?!data:|#|https?:\/\/[^"]*"[^>]*rel="noopener)([^"]+)"/g)
]
	.map((m) => m[1])
	.filter((u) => u && !u.startsWith('#'));
if (external.length > 0) {
	console.error(`build:pack: the pack refers to files outside itself: ${external.join(', ')}`);
	process.exit(1);
}
const kb = Math.round(statSync('pack/untoc-timeline.html').size / 1024);
console.log(
	`build:pack: pack/untoc-timeline.html (${kb} KB) — copy it anywhere and open it; it needs no network.`
);
