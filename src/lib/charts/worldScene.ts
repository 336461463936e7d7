/**
 * The world map's geometry, made once per size: Natural Earth's 1:110m countries (world-atlas) on an
 * equal-area projection (Equal Earth, centred on 11°E so that Chukotka, Fiji, Samoa and Tonga are not
 * cut at the antimeridian), each shape joined to a State by its M49 code, which is the atlas's ISO
 * 3166-1 numeric id. A State the atlas does not draw, or draws too small to see at this size, also gets
 * a dot at its position (data/state-positions.csv, or its largest shape's centroid), the dots pushed
 * apart so none hides another. Areas that are not States in the data (territories, Kosovo, Western
 * Sahara, ...) keep their shape with no State, to be drawn neutrally. This module and the atlas are
 * loaded only when the map is first shown (see worldAtlas.ts).
 */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Ring } from './hatch';
import { spreadDots } from './spreadDots';

/** A country of the atlas: its M49 code (null for the few areas without one) and its name there. */
export interface AtlasCountry {
	m49: string | null;
	name: string;
	geometry: Polygon | MultiPolygon;
}

/** atlasCountries(topology): the atlas's countries, Antarctica left out (as most world maps do). */
export function atlasCountries(topology: Topology): AtlasCountry[] {
	const collection = topology.objects.countries as GeometryCollection<{ name: string }>;
	const fc = feature(topology, collection) as FeatureCollection<Geometry, { name: string }>;
	return fc.features
		.filter((f) => f.id !== '010' && f.geometry !== null)
		.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
		.map((f) => ({
			m49: typeof f.id === 'string' && /^\d{3}$/.test(f.id) ? f.id : null,
			name: f.properties?.name ?? '',
			geometry: f.geometry as Polygon | MultiPolygon
		}));
}

export interface MapShape {
	/** Unique within the scene. */
	key: string;
	/** The State drawn (null: an area that is not a State in the data). */
	iso3: string | null;
	/** The atlas's own name, for an area with no State. */
	name: string;
	/** The SVG path, in pixels, 0.1 px precision. */
	d: string;
	/** The shape's widest extent on screen, in pixels. */
	size: number;
	/** Its largest part's centroid, in pixels. */
	centroid: [number, number];
	/** The projected rings, for hatching. */
	rings: () => Ring[];
}

export interface MapDot {
	iso3: string;
	/** Where it is drawn, after being pushed clear of other dots. */
	x: number;
	y: number;
	/** Where the State is. */
	anchorX: number;
	anchorY: number;
}

export interface MapScene {
	width: number;
	height: number;
	shapes: MapShape[];
	dots: MapDot[];
	/** The dots' radius. */
	radius: number;
	/** Each State's one place on the map (its dot, else its shape's centroid), for the keyboard. */
	places: { id: string; x: number; y: number }[];
}

export interface SceneOptions {
	/** A shape narrower and shorter than this many pixels also gets a dot. */
	minShape?: number;
	/** The dots' radius, in pixels. */
	radius?: number;
}

/** A path context that collects the projected rings, for hatching. */
function ringCollector() {
	const rings: Ring[] = [];
	let ring: Ring = [];
	return {
		rings,
		beginPath() {},
		moveTo(x: number, y: number) {
			ring = [[x, y]];
			rings.push(ring);
		},
		lineTo(x: number, y: number) {
			ring.push([x, y]);
		},
		closePath() {},
		arc() {}
	};
}

function largestPart(g: Polygon | MultiPolygon, path: ReturnType<typeof geoPath>): Polygon {
	if (g.type === 'Polygon') return g;
	let best: Polygon = { type: 'Polygon', coordinates: g.coordinates[0] ?? [] };
	let area = -1;
	for (const coordinates of g.coordinates) {
		const p: Polygon = { type: 'Polygon', coordinates };
		const a = path.area(p);
		if (a > area) [best, area] = [p, a];
	}
	return best;
}

/**
 * mapProjection(countries, width, pad): Equal Earth as wide as the width (the whole globe's width, so a
 * Pacific island at the antimeridian is on the map), cut above and below to the countries drawn; and
 * the height that then needs.
 */
export function mapProjection(
	countries: readonly AtlasCountry[],
	width: number,
	pad = 6
): { projection: GeoProjection; height: number } {
	const all: FeatureCollection = {
		type: 'FeatureCollection',
		features: countries.map((c): Feature => ({
			type: 'Feature',
			geometry: c.geometry,
			properties: {}
		}))
	};
	const projection = geoEqualEarth()
		.rotate([-11, 0])
		.fitWidth(width - 2 * pad, { type: 'Sphere' });
	const [[, top], [, bottom]] = geoPath(projection).bounds(all);
	const [tx, ty] = projection.translate();
	projection.translate([tx + pad, ty + pad - top]);
	return { projection, height: Math.ceil(bottom - top + 2 * pad) };
}

/**
 * mapScene(countries, states, positions, width, options): the shapes, dots and places of the map at
 * this width. `states` joins M49 codes to States; `positions` places those the atlas does not draw.
 */
export function mapScene(
	countries: readonly AtlasCountry[],
	states: readonly { iso3: string; m49: string | null }[],
	positions: readonly { iso3: string; longitude: number; latitude: number }[],
	width: number,
	{ minShape = 5, radius = 3.5 }: SceneOptions = {}
): MapScene {
	const { projection, height } = mapProjection(countries, width);
	const path = geoPath(projection).digits(1);
	const byM49 = new Map(states.filter((s) => s.m49).map((s) => [s.m49!, s.iso3]));
	const seen = new Map<string, number>();
	const shapes = countries.map((c): MapShape => {
		const iso3 = c.m49 ? (byM49.get(c.m49) ?? null) : null;
		const base = iso3 ?? `area-${c.m49 ?? c.name.replace(/\W+/g, '-')}`;
		const n = seen.get(base) ?? 0;
		seen.set(base, n + 1);
		const [[x0, y0], [x1, y1]] = path.bounds(c.geometry);
		const centroid = path.centroid(largestPart(c.geometry, path)) as [number, number];
		return {
			key: n ? `${base}-${n}` : base,
			iso3,
			name: c.name,
			d: path(c.geometry) ?? '',
			size: Math.max(x1 - x0, y1 - y0),
			centroid,
			rings: () => {
				const ctx = ringCollector();
				geoPath(projection, ctx)(c.geometry as GeoPermissibleObjects);
				return ctx.rings;
			}
		};
	});
	const anchors: { iso3: string; x: number; y: number }[] = [];
	const drawn = new Set<string>();
	for (const s of shapes) {
		if (!s.iso3 || drawn.has(s.iso3)) continue;
		drawn.add(s.iso3);
		if (s.size < minShape) anchors.push({ iso3: s.iso3, x: s.centroid[0], y: s.centroid[1] });
	}
	for (const p of positions) {
		if (drawn.has(p.iso3)) continue;
		const xy = projection([p.longitude, p.latitude]);
		if (xy) anchors.push({ iso3: p.iso3, x: xy[0], y: xy[1] });
	}
	const spread = spreadDots(anchors, 2 * radius + 1, [width, height]);
	const dots = anchors.map((a, i): MapDot => ({
		iso3: a.iso3,
		x: Math.round(spread[i]!.x * 10) / 10,
		y: Math.round(spread[i]!.y * 10) / 10,
		anchorX: a.x,
		anchorY: a.y
	}));
	const dotOf = new Map(dots.map((d) => [d.iso3, d]));
	const places = [
		...[...drawn]
			.filter((id) => !dotOf.has(id))
			.map((id) => {
				const s = shapes.find((x) => x.iso3 === id)!;
				return { id, x: s.centroid[0], y: s.centroid[1] };
			}),
		...dots.map((d) => ({ id: d.iso3, x: d.x, y: d.y }))
	];
	return {
		width,
		height,
		shapes,
		dots,
		radius,
		places
	};
}
