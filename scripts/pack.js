#!/usr/bin/env node
// npm run build:pack: the offline pack. Builds the app routed by the URL's hash with every script,
// style and the data inlined (UNTOC_PACK=1, see svelte.config.js), then keeps the one HTML file as
// pack/untoc-timeline.html and checks that it refers to nothing outside itself.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
// The page's content policy (kit.csp in svelte.config.js) must name every inline script and style of the
// pack by its hash, and allow no other inline script: a pack that its own policy blocks opens blank.
const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
const directive = (name) =>
	policy
		.replaceAll('&#39;', "'")
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.find(([n]) => n === name)
		?.slice(1) ?? [];
const unhashed = [...html.matchAll(/<(script|style)>([\s\S]*?)<\/\1>/g)]
	.filter(([, tag, body]) => {
		const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
		return !directive(tag === 'script' ? 'script-src' : 'style-src').includes(hash);
	})
	.map(([, tag, body]) => `<${tag}> of ${body.length} characters`);
const scriptSrc = directive('script-src');
if (!policy || unhashed.length > 0 || scriptSrc.some((s) => /unsafe-(inline|eval)/.test(s))) {
	console.error(
		`build:pack: the pack's content policy does not cover it: ${policy ? unhashed.join(', ') || 'script-src allows unsafe inline or eval' : 'no policy'}`
	);
	process.exit(1);
}
const kb = Math.round(statSync('pack/untoc-timeline.html').size / 1024);
console.log(
	`build:pack: pack/untoc-timeline.html (${kb} KB) — copy it anywhere and open it; it needs no network.`
);
