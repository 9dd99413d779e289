'use strict';

const { mulberry32, pick, intBetween } = require('./rng');

const PRODUCERS = [
  { name: 'Château Lagrange', region: 'Bordeaux', country: 'FR', grapes: ['Cabernet Sauvignon', 'Merlot'], colour: 'red' },
  { name: 'Domaine Leflaive', region: 'Burgundy', country: 'FR', grapes: ['Chardonnay'], colour: 'white' },
  { name: 'Domaine Tempier', region: 'Provence', country: 'FR', grapes: ['Mourvèdre'], colour: 'red' },
  { name: 'Egon Müller', region: 'Mosel', country: 'DE', grapes: ['Riesling'], colour: 'white' },
  { name: 'Dönnhoff', region: 'Nahe', country: 'DE', grapes: ['Riesling'], colour: 'white' },
  { name: 'Giacomo Conterno', region: 'Piedmont', country: 'IT', grapes: ['Nebbiolo'], colour: 'red' },
  { name: 'Biondi-Santi', region: 'Tuscany', country: 'IT', grapes: ['Sangiovese'], colour: 'red' },
  { name: 'López de Heredia', region: 'Rioja', country: 'ES', grapes: ['Tempranillo', 'Garnacha'], colour: 'red' },
  { name: 'Quinta do Noval', region: 'Douro', country: 'PT', grapes: ['Touriga Nacional'], colour: 'fortified' },
  { name: 'Ridge Vineyards', region: 'Santa Cruz Mountains', country: 'US', grapes: ['Zinfandel', 'Cabernet Sauvignon'], colour: 'red' },
  { name: 'Penfolds', region: 'Barossa', country: 'AU', grapes: ['Shiraz'], colour: 'red' },
  { name: 'Cloudy Bay', region: 'Marlborough', country: 'NZ', grapes: ['Sauvignon Blanc'], colour: 'white' },
  { name: 'Krug', region: 'Champagne', country: 'FR', grapes: ['Pinot Noir', 'Chardonnay'], colour: 'sparkling' },
  { name: 'Domaine Huet', region: 'Loire', country: 'FR', grapes: ['Chenin Blanc'], colour: 'white' },
  { name: 'Weingut Knoll', region: 'Wachau', country: 'AT', grapes: ['Grüner Veltliner'], colour: 'white' },
  { name: 'Château d’Yquem', region: 'Sauternes', country: 'FR', grapes: ['Sémillon'], colour: 'sweet' },
];
const CUVEES = ['Grand Vin', 'Réserve', 'Vieilles Vignes', 'Monfortino', 'Kabinett', 'Spätlese', 'Brut', 'Gran Reserva',
  'Single Vineyard', 'Estate', 'Clos', 'Cuvée Spéciale', 'Smaragd', 'Le Mont', 'Monte Bello', 'Grange'];
const LOCATIONS = ['rack A', 'rack B', 'rack C', 'cage 1', 'cage 2', 'offsite: bonded store'];

function tokensOf(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 1);
}

function buildCellars(count, bottlesEach, seed) {
  const rng = mulberry32(seed);
  const cellars = new Map();
  for (let c = 1; c <= count; c++) {
    const bottles = new Map();
    const index = new Map();
    for (let b = 0; b < bottlesEach; b++) {
      const p = pick(rng, PRODUCERS);
      const vintage = intBetween(rng, 1985, 2021);
      const id = `C${c}-B${String(b + 1).padStart(5, '0')}`;
      const bottle = {
        id,
        producer: p.name,
        cuvee: pick(rng, CUVEES),
        region: p.region,
        country: p.country,
        colour: p.colour,
        grapes: p.grapes,
        vintage,
        sizeMl: rng() < 0.85 ? 750 : pick(rng, [375, 1500, 3000]),
        purchasePrice: intBetween(rng, 18, 900),
        drinkFrom: vintage + intBetween(rng, 2, 10),
        drinkTo: vintage + intBetween(rng, 12, 40),
        location: pick(rng, LOCATIONS),
        quantity: intBetween(rng, 1, 12),
        consumed: [],
      };
      bottle.search = [...new Set(tokensOf(`${bottle.producer} ${bottle.cuvee} ${bottle.region} ${bottle.grapes.join(' ')} ${bottle.colour} ${vintage}`))];
      bottles.set(id, bottle);
      for (const t of bottle.search) {
        let set = index.get(t);
        if (!set) index.set(t, (set = new Set()));
        set.add(id);
      }
    }
    cellars.set(`cellar-${c}`, { id: `cellar-${c}`, owner: `owner${c}`, currency: pick(rng, ['EUR', 'GBP', 'USD', 'CHF']), bottles, index });
  }
  return cellars;
}

module.exports = { buildCellars, tokensOf, PRODUCERS };
