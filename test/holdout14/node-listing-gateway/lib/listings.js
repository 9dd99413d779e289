'use strict';

const { mulberry32, pick, intBetween } = require('./rng');

const DISTRICTS = ['Altstadt', 'Neustadt', 'Hafen', 'Westend', 'Nordpark', 'Südfeld', 'Ostviertel', 'Kanalufer',
  'Lindenhof', 'Bergheim', 'Am Markt', 'Rosengarten'];
const TYPES = ['apartment', 'penthouse', 'townhouse', 'loft', 'detached', 'studio'];
const FEATURES = ['balcony', 'elevator', 'garden', 'parking', 'cellar', 'fitted kitchen', 'floor heating', 'fireplace', 'terrace'];
const PHRASES = [
  'Bright and quiet unit facing the inner courtyard.', 'Recently renovated with new windows and wiring.',
  'Walking distance to the tram stop, schools and the weekly market.', 'Generous ceiling heights and original parquet floors.',
  'Open-plan living area with direct access to the outdoor space.', 'Energy certificate class B, district heating.',
  'Well-maintained building with a reserve fund and a caretaker.', 'Storage room and bicycle parking in the basement.',
  'Available from next quarter, viewing by appointment.', 'Views over the river and the old town rooftops.',
];
const AMENITIES = [
  ['Grundschule am Park', 'school'], ['Rewe Markt', 'grocery'], ['Tram 11 stop', 'transit'], ['Hauptbahnhof', 'rail'],
  ['Stadtbibliothek', 'culture'], ['Kita Sonnenschein', 'childcare'], ['Fitnessstudio Nord', 'sport'],
  ['Apotheke am Eck', 'pharmacy'], ['Rheinufer Park', 'park'], ['Ärztehaus Mitte', 'health'],
];
const AGENCIES = ['Hausmann Immobilien', 'Kanal & Partner', 'Stadtwohnen', 'Lindner Estates', 'Privat'];

function generateListings({ count, seed }) {
  const rand = mulberry32(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const district = pick(rand, DISTRICTS);
    const type = pick(rand, TYPES);
    const beds = type === 'studio' ? 0 : intBetween(rand, 1, 5);
    const sqm = type === 'studio' ? intBetween(rand, 22, 40) : intBetween(rand, 35 + beds * 12, 60 + beds * 30);
    const features = FEATURES.filter(() => rand() < 0.35);
    out.push({
      id: `LST-${20000 + i}`,
      district,
      block: intBetween(rand, 1, 60),
      type,
      beds,
      baths: Math.max(1, Math.round(beds / 2)),
      sqm,
      builtYear: intBetween(rand, 1890, 2023),
      askingPrice: Math.round((sqm * (2800 + rand() * 4200)) / 1000) * 1000,
      lat: 50.1 + rand() * 0.08,
      lon: 8.6 + rand() * 0.12,
      features,
      agency: pick(rand, AGENCIES),
      listedDaysAgo: intBetween(rand, 0, 180),
      description: [pick(rand, PHRASES), pick(rand, PHRASES), pick(rand, PHRASES)].join(' '),
      photos: Array.from({ length: intBetween(rand, 3, 8) }, (_, p) => `https://img.example-listings.de/${20000 + i}/${p + 1}-1280w.jpg`),
      amenities: Array.from({ length: intBetween(rand, 3, 6) }, () => {
        const [name, kind] = pick(rand, AMENITIES);
        return { name, kind, walkMinutes: intBetween(rand, 2, 25) };
      }),
      headline: `${beds ? `${beds}-bedroom ` : ''}${type} in ${district}${features.length ? ` with ${features.slice(0, 2).join(' and ')}` : ''}`,
    });
  }
  return out;
}

const EXPOSE_SECTIONS = {
  location: [
    'The property is located in a sought-after residential street with little through traffic.',
    'Shops for daily needs, cafés and restaurants are within a few minutes on foot.',
    'Several bus and tram lines connect the area with the city centre in under fifteen minutes.',
    'Parks and the river promenade invite you to go for walks and cycle rides.',
  ],
  building: [
    'The well-kept building was last renovated comprehensively, including roof and facade insulation.',
    'A lockable bicycle room and private cellar compartments are available to all residents.',
    'The owners association is professionally managed and maintains a healthy maintenance reserve.',
    'The staircase was repainted recently and the entrance door replaced with a secure model.',
  ],
  equipment: [
    'High-quality oak parquet runs through the living areas, the bathrooms are tiled floor to ceiling.',
    'The fitted kitchen includes branded appliances, a dishwasher and plenty of storage space.',
    'Triple-glazed windows with external blinds ensure a quiet and energy-efficient living climate.',
    'Fibre internet is connected and each room has network sockets.',
  ],
};

function buildExpose(rand, listing) {
  const parts = [];
  for (const [section, sentences] of Object.entries(EXPOSE_SECTIONS)) {
    const chosen = sentences.filter(() => rand() < 0.75);
    parts.push({ section, text: chosen.join(' ') || sentences[0] });
  }
  parts.push({ section: 'energy', text: `Energy certificate: demand ${intBetween(rand, 40, 180)} kWh/(m²a), class ${pick(rand, ['A', 'B', 'C', 'D', 'E'])}, built ${listing.builtYear}.` });
  return parts;
}

function attachExposes(listings, seed) {
  const rand = mulberry32(seed);
  for (const l of listings) {
    l.expose = buildExpose(rand, l);
    l.priceHistory = Array.from({ length: 12 }, (_, m) => ({ monthsAgo: 12 - m, asking: Math.round(l.askingPrice * (1.04 - m * 0.0035)) }));
  }
  return listings;
}

function generateSales({ count, seed }) {
  const rand = mulberry32(seed);
  const sales = [];
  for (let i = 0; i < count; i++) {
    const sqm = intBetween(rand, 25, 220);
    sales.push({
      district: pick(rand, DISTRICTS),
      sqm,
      builtYear: intBetween(rand, 1890, 2023),
      lat: 50.1 + rand() * 0.08,
      lon: 8.6 + rand() * 0.12,
      price: Math.round(sqm * (2600 + rand() * 4400)),
      monthsAgo: intBetween(rand, 0, 36),
    });
  }
  return sales;
}

module.exports = { generateListings, generateSales, attachExposes, DISTRICTS };
