'use strict';
// Deterministic demo data shared by the service and the load generator:
// tenants with their API keys, customers and the product catalogue.
const crypto = require('node:crypto');
const { createRandom } = require('./random');

const TENANTS = ['acme', 'globex', 'initech', 'umbrella'];
const COUNTRIES = ['DE', 'FR', 'NL', 'SE', 'GB', 'US', 'CH'];
const COLORS = ['black', 'white', 'red', 'navy', 'olive', 'sand'];
const SIZES = ['XS', 'S', 'M', 'L', 'XL'];

function apiKeyFor(tenant) {
  const secret = crypto.createHash('sha256').update(`orders-demo:${tenant}`).digest('hex').slice(0, 32);
  return { id: `key_${tenant}`, secret };
}

function buildCatalog(seed = 7) {
  const rnd = createRandom(seed);
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const products = [];
  for (let i = 0; i < 2500; i++) {
    const prefix = letters[i % 23] + letters[(i * 7) % 23] + letters[(i * 13) % 23];
    const sku = `${prefix}-${String(1000 + i).padStart(4, '0')}-${letters[rnd.int(0, 22)]}${rnd.int(0, 9)}`;
    products.push({
      sku,
      name: `Product ${i}`,
      price: Math.round(rnd.int(199, 25999)) / 100,
      weightGrams: rnd.int(50, 4000),
      warehouse: `wh-${COUNTRIES[i % COUNTRIES.length].toLowerCase()}-${i % 3}`,
      stock: rnd.int(0, 500),
    });
  }
  return products;
}

function buildCustomers(seed = 11, count = 600) {
  const rnd = createRandom(seed);
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  const customers = [];
  for (let i = 0; i < count; i++) {
    let id = 'cus_';
    for (let k = 0; k < 10; k++) id += alphabet[rnd.int(0, alphabet.length - 1)];
    customers.push({
      id,
      tenant: TENANTS[i % TENANTS.length],
      email: `customer${i}@example.${i % 2 ? 'com' : 'org'}`,
      country: rnd.pick(COUNTRIES),
    });
  }
  return customers;
}

module.exports = { TENANTS, COUNTRIES, COLORS, SIZES, apiKeyFor, buildCatalog, buildCustomers };
