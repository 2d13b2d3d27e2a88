// The optional village boundaries (villages.geojson in the extract POP_DATA_DIR, default
// data/sample), unchanged; an empty FeatureCollection when the extract has none (the pages then
// draw a tile map).
import {createReadStream, existsSync} from "node:fs";
import {join} from "node:path";
import {pipeline} from "node:stream/promises";

const path = join(process.env.POP_DATA_DIR ?? "data/sample", "villages.geojson");
if (existsSync(path)) await pipeline(createReadStream(path), process.stdout);
else process.stdout.write(JSON.stringify({type: "FeatureCollection", features: []}));
