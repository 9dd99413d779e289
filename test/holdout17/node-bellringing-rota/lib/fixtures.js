'use strict';

const fs = require('fs');
const path = require('path');
const { mulberry32, picker } = require('./rng');

const PLACES = ['Ashby', 'Barford', 'Chilton', 'Dunmow', 'Eversley', 'Fenstanton', 'Great Bardfield', 'Hatfield Broad Oak', 'Ickleton', 'Kelvedon',
  'Lavenham', 'Melbourn', 'Needham', 'Orwell', 'Pebmarsh', 'Quendon', 'Rayne', 'Saffron Walden', 'Thaxted', 'Ugley', 'Wethersfield', 'Yeldham',
  'Bocking', 'Coggeshall', 'Dedham', 'Earls Colne', 'Finchingfield', 'Gestingthorpe', 'Halstead', 'Kedington', 'Linton', 'Manningtree',
  'Nayland', 'Ovington', 'Purleigh', 'Ridgewell', 'Stisted', 'Terling', 'Writtle', 'Witham', 'Boxted', 'Clare'];
const DEDICATIONS = ['St Mary', 'All Saints', 'St Peter', 'St Andrew', 'Holy Trinity', 'St John the Baptist', 'St Michael', 'St Margaret'];
const FIRST = ['Alice', 'Ben', 'Clare', 'David', 'Elaine', 'Frank', 'Gillian', 'Hugh', 'Imogen', 'James', 'Kath', 'Luke', 'Margaret', 'Neil',
  'Olive', 'Peter', 'Rachel', 'Simon', 'Tessa', 'Victor', 'Wendy', 'Alan', 'Brenda', 'Colin', 'Diana', 'Edward', 'Fiona', 'George'];
const LAST = ['Barnes', 'Cooke', 'Dobson', 'Ellis', 'Fletcher', 'Green', 'Harding', 'Ingram', 'Jarvis', 'Kemp', 'Lowe', 'Marsh', 'Norris',
  'Osborne', 'Pryor', 'Reeve', 'Slater', 'Turner', 'Vickers', 'Webb', 'Yates', 'Pickworth', 'Wilby', 'Chaplin'];

function writeFixtures(dir, { towers: towerCount, ringers: ringerCount, seed, seasonStart, weeks }) {
  const rnd = mulberry32(seed);
  const pick = picker(rnd);
  const towers = [];
  for (let i = 0; i < towerCount; i++) {
    const r = rnd();
    const bells = r < 0.45 ? 6 : r < 0.85 ? 8 : r < 0.95 ? 10 : 12;
    towers.push({
      id: `T${String(i + 1).padStart(3, '0')}`,
      place: i < PLACES.length ? PLACES[i] : `Little ${PLACES[i % PLACES.length]}`,
      dedication: pick(DEDICATIONS),
      bells,
      tenorCwt: Math.round(6 + bells * (1 + rnd() * 2)),
      lat: 51.7 + rnd() * 0.8,
      lon: -0.1 + rnd() * 1.2,
      practiceNight: 1 + Math.floor(rnd() * 5),
      evensong: rnd() < 0.3,
    });
  }
  fs.writeFileSync(path.join(dir, 'towers.json'), JSON.stringify({ exported: new Date(seasonStart).toISOString(), towers }, null, 1));

  const lines = ['id,name,home_tower,level,lat,lon,max_travel_km,max_per_month,methods,unavailable'];
  const methodPool = ['Plain Bob Doubles', 'Grandsire Doubles', 'Stedman Doubles', 'Plain Bob Minor', 'Kent Treble Bob Minor', 'Cambridge Surprise Minor',
    'Grandsire Triples', 'Stedman Triples', 'Plain Bob Major', 'Yorkshire Surprise Major', 'Cambridge Surprise Major', 'Bristol Surprise Major',
    'Grandsire Caters', 'Stedman Caters', 'Plain Bob Royal', 'Yorkshire Surprise Royal', 'Cambridge Surprise Royal', 'Grandsire Cinques',
    'Stedman Cinques', 'Cambridge Surprise Maximus', 'Bristol Surprise Maximus'];
  for (let i = 0; i < ringerCount; i++) {
    const home = towers[Math.floor(rnd() * towers.length)];
    const level = 1 + Math.floor(rnd() * rnd() * 10);
    const methods = methodPool.filter(() => rnd() < level / 12);
    const unavailable = [];
    const awayWeeks = Math.floor(rnd() * 5);
    for (let w = 0; w < awayWeeks; w++) {
      const startDay = Math.floor(rnd() * weeks * 7);
      for (let d = 0; d < 3 + Math.floor(rnd() * 8); d++) {
        unavailable.push(new Date(seasonStart + (startDay + d) * 86400000).toISOString().slice(0, 10));
      }
    }
    lines.push([
      `R${String(i + 1).padStart(4, '0')}`,
      `"${pick(FIRST)} ${pick(LAST)}"`,
      home.id,
      level,
      (home.lat + (rnd() - 0.5) * 0.06).toFixed(5),
      (home.lon + (rnd() - 0.5) * 0.06).toFixed(5),
      10 + Math.floor(rnd() * 30),
      4 + Math.floor(rnd() * 12),
      `"${methods.join(';')}"`,
      `"${unavailable.join(';')}"`,
    ].join(','));
  }
  fs.writeFileSync(path.join(dir, 'roster.csv'), `${lines.join('\n')}\n`);
  return { towersFile: path.join(dir, 'towers.json'), rosterFile: path.join(dir, 'roster.csv') };
}

module.exports = { writeFixtures };
