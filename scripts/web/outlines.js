// TopoJSON countries to Kroniek's compact outline file: [[name, [[[lon, lat], ...], ...]], ...].
const fs = require("fs");
const topojson = require("topojson-client");
const topology = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const round = (x) => Math.round(x * 100) / 100;
const features = topojson.feature(topology, topology.objects.countries).features;
const out = features.map((f) => {
  const polys = f.geometry ? (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates) : [];
  const rings = [];
  for (const poly of polys) for (const ring of poly) rings.push(ring.map(([x, y]) => [round(x), round(y)]));
  return [f.properties.name, rings];
});
process.stdout.write(JSON.stringify(out));
