'use strict';

const PRODUCTS = [
  { sku: 'BRD-SOUR', name: 'Sourdough loaf', basePrice: 5.4, flourKg: 0.55, ingredients: 'wheat flour, water, salt, rye starter' },
  { sku: 'BRD-RYE', name: 'Dark rye', basePrice: 6.1, flourKg: 0.6, ingredients: 'rye flour, water, salt, caraway seeds' },
  { sku: 'PST-CROI', name: 'Butter croissant', basePrice: 2.2, flourKg: 0.07, ingredients: 'wheat flour, butter, milk, sugar, yeast, egg wash' },
  { sku: 'PST-ALM', name: 'Almond croissant', basePrice: 3.1, flourKg: 0.08, ingredients: 'wheat flour, butter, almond paste, sugar, egg' },
  { sku: 'CKE-CARR', name: 'Carrot cake slice', basePrice: 4.2, flourKg: 0.05, ingredients: 'wheat flour, carrot, walnuts, cream cheese, sugar, egg' },
  { sku: 'CKE-CHOC', name: 'Chocolate torte', basePrice: 32.0, flourKg: 0.3, ingredients: 'cocoa, dark chocolate, butter, sugar, egg, hazelnut flour' },
  { sku: 'BRD-SPEL', name: 'Spelt sandwich loaf', basePrice: 5.9, flourKg: 0.5, ingredients: 'spelt flour, water, sunflower seeds, sesame, salt' },
  { sku: 'CKY-OAT', name: 'Oat cookie', basePrice: 1.6, flourKg: 0.02, ingredients: 'oats, butter, brown sugar, raisins, soy lecithin' },
  { sku: 'PST-DAN', name: 'Cinnamon danish', basePrice: 2.8, flourKg: 0.07, ingredients: 'wheat flour, butter, cinnamon, milk, sugar, pecan' },
  { sku: 'BRD-GF', name: 'Gluten-free loaf', basePrice: 7.5, flourKg: 0.45, ingredients: 'buckwheat, rice flour, psyllium, water, salt' },
];

const ALLERGENS = [
  { code: 'GLU', label: 'gluten', pattern: '\\b(wheat|rye|spelt|barley)\\b' },
  { code: 'MLK', label: 'milk', pattern: '\\b(butter|milk|cream( cheese)?)\\b' },
  { code: 'EGG', label: 'egg', pattern: '\\begg(s| wash)?\\b' },
  { code: 'NUT', label: 'tree nuts', pattern: '\\b(almond|walnuts?|hazelnut|pecan)s?\\b' },
  { code: 'SES', label: 'sesame', pattern: '\\bsesame\\b' },
  { code: 'SOY', label: 'soy', pattern: '\\bsoy( lecithin)?\\b' },
];

const STORES = ['Harbour St', 'Mill Lane', 'Old Market', 'Station Rd', 'Kings Parade'];

const SKU_INDEX = new Map(PRODUCTS.map((p) => [p.sku, p]));

function bySku(sku) {
  return SKU_INDEX.get(sku) || null;
}

module.exports = { PRODUCTS, ALLERGENS, STORES, bySku };
