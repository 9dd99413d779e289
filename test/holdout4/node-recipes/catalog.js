'use strict';

function makeRng(seed) {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

const BASE_INGREDIENTS = [
  ['flour', ['plain flour', 'all-purpose flour', 'wheat flour'], 364, 10, 1, 76],
  ['sugar', ['caster sugar', 'granulated sugar', 'white sugar'], 387, 0, 0, 100],
  ['butter', ['unsalted butter', 'salted butter'], 717, 1, 81, 0],
  ['egg', ['eggs', 'large egg', 'free-range egg'], 155, 13, 11, 1],
  ['milk', ['whole milk', 'semi-skimmed milk'], 61, 3, 3, 5],
  ['tomato', ['tomatoes', 'plum tomatoes', 'cherry tomatoes'], 18, 1, 0, 4],
  ['onion', ['onions', 'red onion', 'shallot'], 40, 1, 0, 9],
  ['garlic', ['garlic clove', 'cloves garlic'], 149, 6, 0, 33],
  ['rice', ['basmati rice', 'arborio rice', 'long-grain rice'], 130, 3, 0, 28],
  ['chicken', ['chicken breast', 'chicken thighs'], 165, 31, 4, 0],
  ['olive oil', ['extra virgin olive oil', 'olive-oil'], 884, 0, 100, 0],
  ['lentils', ['red lentils', 'green lentils'], 116, 9, 0, 20],
  ['spinach', ['baby spinach', 'fresh spinach'], 23, 3, 0, 4],
  ['parmesan', ['parmigiano', 'grated parmesan'], 431, 38, 29, 4],
  ['yoghurt', ['greek yoghurt', 'natural yogurt'], 59, 10, 0, 4],
  ['chickpeas', ['garbanzo beans', 'tinned chickpeas'], 164, 9, 3, 27],
];

const EXTRA = ['cumin', 'paprika', 'basil', 'oregano', 'lemon', 'lime', 'ginger', 'coriander', 'carrot', 'celery',
  'potato', 'leek', 'mushroom', 'pepper', 'courgette', 'aubergine', 'honey', 'oats', 'almonds', 'walnuts',
  'cream', 'cheddar', 'feta', 'tofu', 'salmon', 'cod', 'prawns', 'beef mince', 'pork loin', 'bacon'];

function buildIngredientCatalog() {
  const rng = makeRng(77);
  const list = BASE_INGREDIENTS.map(([name, aliases, kcal, protein, fat, carbs]) => ({ name, aliases, kcal, protein, fat, carbs }));
  for (const name of EXTRA) {
    list.push({
      name,
      aliases: [`fresh ${name}`, `${name}s`, `dried ${name}`],
      kcal: Math.round(20 + rng() * 500),
      protein: Math.round(rng() * 25),
      fat: Math.round(rng() * 40),
      carbs: Math.round(rng() * 60),
    });
  }
  return list;
}

const UNITS = ['g', 'kg', 'ml', 'l', 'tbsp', 'tsp', 'cup'];
const ADJECTIVES = ['finely chopped', 'diced', 'sliced', 'to taste', 'softened', 'rinsed', 'grated', ''];

function buildRecipes(count, catalog) {
  const rng = makeRng(20261125);
  const recipes = [];
  for (let i = 0; i < count; i++) {
    const lines = [];
    const n = 6 + Math.floor(rng() * 10);
    for (let k = 0; k < n; k++) {
      const ing = catalog[Math.floor(rng() * catalog.length)];
      const label = rng() < 0.5 ? ing.name : ing.aliases[Math.floor(rng() * ing.aliases.length)];
      const unit = UNITS[Math.floor(rng() * UNITS.length)];
      const qty = unit === 'kg' || unit === 'l' ? (0.25 + rng() * 1.5).toFixed(2) : String(Math.ceil(rng() * 400));
      const adj = ADJECTIVES[Math.floor(rng() * ADJECTIVES.length)];
      lines.push(`${qty} ${unit} ${label}${adj ? ', ' + adj : ''}`);
    }
    recipes.push({ id: `R${1000 + i}`, title: `Recipe ${i}`, servings: 2 + Math.floor(rng() * 6), lines });
  }
  return recipes;
}

module.exports = { buildIngredientCatalog, buildRecipes };
