/**
 * SVG path data for the category shapes, centred on 0,0 and fitting a circle of radius r, so that marks
 * of every shape look the same size.
 */
export type Shape =
	| 'circle'
	| 'square'
	| 'diamond'
	| 'triangle'
	| 'triangle-down'
	| 'star'
	| 'hexagon'
	| 'cross'
	| 'pentagon';

const f = (n: number) => Math.round(n * 100) / 100;
const polygon = (points: [number, number][]) =>
	'M' + points.map(([x, y]) => `${f(x)},${f(y)}`).join('L') + 'Z';
const around = (n: number, r: number, start: number) =>
	Array.from({ length: n }, (_, i): [number, number] => {
		const a = start + (i * 2 * Math.PI) / n;
		return [r * Math.cos(a), r * Math.sin(a)];
	});

/** symbolPath(shape, r): the path of a shape of radius r. */
export function symbolPath(shape: Shape, r: number): string {
	switch (shape) {
		case 'circle':
			return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
		case 'square': {
			const s = r * 0.85;
			return polygon([
				[-s, -s],
				[s, -s],
				[s, s],
				[-s, s]
			]);
		}
		case 'diamond':
			return polygon(around(4, r * 1.1, -Math.PI / 2));
		case 'triangle':
			return polygon(around(3, r * 1.15, -Math.PI / 2));
		case 'triangle-down':
			return polygon(around(3, r * 1.15, Math.PI / 2));
		case 'hexagon':
			return polygon(around(6, r, 0));
		case 'star':
			return polygon(
				around(10, 1, -Math.PI / 2).map(([x, y], i): [number, number] => {
					const k = i % 2 === 0 ? r * 1.15 : r * 0.5;
					return [x * k, y * k];
				})
			);
		case 'cross': {
			const a = r * 0.35;
			const b = r;
			return polygon([
				[-a, -b],
				[a, -b],
				[a, -a],
				[b, -a],
				[b, a],
				[a, a],
				[a, b],
				[-a, b],
				[-a, a],
				[-b, a],
				[-b, -a],
				[-a, -a]
			]);
		}
		case 'pentagon':
			return polygon(around(5, r * 1.05, -Math.PI / 2));
	}
}
