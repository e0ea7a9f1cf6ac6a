import { geoAzimuthalEqualArea, geoBounds, geoCentroid, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/** A world-atlas topology (`world-atlas/countries-50m.json`) with its `countries` object. */
export type WorldTopology = Topology<Objects<object>>;

/** A country the map colours, drawn from the topology by its ISO 3166-1 numeric id. */
export interface MapCountry {
  /** ISO 3166-1 alpha-2 code, e.g. "DE". */
  code: string;
  /** ISO 3166-1 numeric code as the topology writes it, e.g. "276". */
  numeric: string;
}

/** One coloured country on the map. */
export interface MapShape {
  code: string;
  /** SVG path data in the map's coordinates. */
  d: string;
  /** Where a marker or label for the country goes: its centroid, rounded. */
  centre: [number, number];
  /** True when the country is too small to see or click at this scale: it gets a marker. */
  small: boolean;
}

/** What an SVG needs to draw the map; every coordinate is in the `width` × `height` box. */
export interface EuropeMap {
  width: number;
  height: number;
  /** The countries asked for, in the order asked. */
  shapes: MapShape[];
  /** Every other country in view, grey, for orientation: one path. */
  context: string;
}

/** Options for {@link buildEuropeMap}. */
export interface EuropeMapOptions {
  width?: number;
  height?: number;
  /** A country whose drawn area is below this many square units gets a marker. */
  smallArea?: number;
  /**
   * Share of the topology's points to keep, the least visible first to go (0-1). Shared borders
   * stay shared. 1 keeps every point; the default keeps about a quarter, ~40 KB of paths.
   */
  detail?: number;
}

/**
 * Points the map must show: Iceland's west coast, the North Cape, Cyprus, Malta, Portugal's
 * south-west and Crete. Fitting these, rather than whole countries, keeps overseas territories
 * (French Guiana, the Azores, Svalbard) from shrinking Europe to a corner.
 */
const FRAME: [number, number][] = [
  [-24.5, 66.5],
  [31.5, 71.2],
  [34.6, 35.0],
  [14.5, 34.6],
  [-9.5, 36.9],
  [-10.5, 52],
  [25, 34.8],
];

/**
 * Projects the given countries of a world-atlas topology onto an equal-area map of Europe.
 * Pure: the caller loads the topology (at build time), so the page ships only SVG paths.
 */
export function buildEuropeMap(topology: WorldTopology, countries: MapCountry[], options: EuropeMapOptions = {}): EuropeMap {
  const width = options.width ?? 640;
  const height = options.height ?? 560;
  const smallArea = options.smallArea ?? 80;
  const detail = options.detail ?? 0.25;
  const full = countryFeatures(topology);
  const weighted = presimplify(structuredClone(topology));
  // Simplifying can collapse a small island state (Malta) to nothing: small ones keep every point.
  const simplified = countryFeatures(detail >= 1 ? weighted : simplify(weighted, quantile(weighted, detail)));

  const projection = geoAzimuthalEqualArea()
    .rotate([-10, -52])
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      { type: 'MultiPoint', coordinates: FRAME },
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection).digits(1);

  const shapes = countries.map(({ code, numeric }) => {
    const f = full.get(numeric);
    if (!f) throw new Error(`The map data has no country with ISO numeric code ${numeric} (${code}).`);
    const small = path.area(f) < smallArea;
    const [x, y] = projection(geoCentroid(f)) ?? [0, 0];
    return { code, d: path(small ? f : simplified.get(numeric)!) ?? '', centre: [Math.round(x), Math.round(y)] as [number, number], small };
  });

  const wanted = new Set(countries.map((c) => c.numeric));
  const context = [...simplified.values()]
    .filter((f) => !wanted.has(String(f.id)) && inView(f))
    .map((f) => path(f) ?? '')
    .join('');

  return { width, height, shapes, context };
}

/** The countries of a world-atlas topology as GeoJSON features, by ISO numeric id. */
function countryFeatures(topology: WorldTopology): Map<string, Feature<Geometry>> {
  const world = feature(topology, topology.objects.countries as GeometryCollection) as FeatureCollection<Geometry>;
  return new Map(world.features.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]));
}

/** True when a country's bounding box reaches into the map's longitude/latitude window. */
function inView(f: Feature<Geometry>): boolean {
  const [[west, south], [rawEast, north]] = geoBounds(f);
  const east = rawEast < west ? 180 : rawEast; // Russia crosses the antimeridian
  return east > -30 && west < 50 && north > 30 && south < 75;
}
