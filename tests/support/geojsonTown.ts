import {cp, readFile, rm, writeFile} from "node:fs/promises";
import {join, resolve} from "node:path";
import {csvFormat, csvParse} from "d3";

/**
 * Village boundaries for the sample's villages: one rectangle each on a 5-column grid. Rings are
 * counter-clockwise, as RFC 7946 asks (d3-geo reads that order as the rest of the globe, so the
 * page must cope with it); every other village is wound clockwise, as many shapefile exports are.
 */
function rectangles(codes: string[]) {
  return {
    type: "FeatureCollection",
    features: codes.map((village_code, i) => {
      const [x, y] = [120.5 + (i % 5) * 0.02, 28.6 - Math.floor(i / 5) * 0.02];
      const ring = [[x, y], [x + 0.018, y], [x + 0.018, y + 0.018], [x, y + 0.018], [x, y]];
      return {type: "Feature", properties: {village_code}, geometry: {type: "Polygon", coordinates: [i % 2 ? ring.slice().reverse() : ring]}};
    })
  };
}

/**
 * writeGeojsonTown(dir) writes (after emptying dir) the sample register of data/sample with village
 * boundaries, villages.geojson (a rectangle per village, {@link rectangles}), so that the site draws
 * the boundary map; the third and the last village are both renamed 新村 (validation keeps both:
 * duplicate_village_name), for the map's tips to tell apart. Deterministic. Returns the village codes
 * in villages.csv's order and the two renamed.
 */
export async function writeGeojsonTown(dir: string): Promise<{codes: string[]; twins: string[]}> {
  await rm(dir, {recursive: true, force: true});
  await cp(resolve(import.meta.dirname, "..", "..", "data", "sample"), dir, {recursive: true});
  const villages = csvParse(await readFile(join(dir, "villages.csv"), "utf-8"));
  const codes = villages.map((d) => d.village_code!);
  const twins = [codes[2]!, codes.at(-1)!];
  for (const village of villages) if (twins.includes(village.village_code!)) village.village_name = "新村";
  await writeFile(join(dir, "villages.csv"), csvFormat(villages, villages.columns) + "\n");
  await writeFile(join(dir, "villages.geojson"), JSON.stringify(rectangles(codes)));
  return {codes, twins};
}
