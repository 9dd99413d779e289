'use strict';
// Seeded input of the batch: the product catalogue, the list of discontinued SKUs, the
// customers, and each customer's billable lines as exported by the old ERP (all fields
// are strings, in whatever format the clerk typed them).
const { createRandom } = require('./random');

const CURRENCIES = ['EUR', 'EUR', 'EUR', 'USD', 'GBP', 'CHF'];
const LOCALES = { EUR: 'de-DE', USD: 'en-US', GBP: 'en-GB', CHF: 'de-CH' };
const CITIES = ['Berlin', 'Hamburg', 'München', 'Köln', 'Zürich', 'London', 'Boston', 'Wien'];
const WORDS = ['steel', 'bracket', 'hinge', 'valve', 'gasket', 'bolt', 'panel', 'sensor', 'cable', 'pump', 'filter', 'seal'];

function buildCatalog(rnd, count) {
  const catalog = [];
  for (let i = 0; i < count; i++) {
    catalog.push({
      sku: `P${String(100000 + i * 7)}`,
      name: `${rnd.pick(WORDS)} ${rnd.pick(WORDS)} ${rnd.int(1, 99)}`,
      unitPrice: rnd.int(50, 50000) / 100,
      vatRate: rnd.chance(0.15) ? 0.07 : 0.19,
    });
  }
  return catalog;
}

function formatQuantity(rnd, quantity) {
  const roll = rnd.next();
  if (roll < 0.45) return String(quantity);
  if (roll < 0.65) return ` ${quantity} `;
  if (roll < 0.9) return `${quantity} pcs`;
  return `${quantity},0`;
}

function formatPrice(rnd, price) {
  const roll = rnd.next();
  if (roll < 0.5) return price.toFixed(2);
  if (roll < 0.8) return price.toFixed(2).replace('.', ',');
  return `EUR ${price.toFixed(2)}`;
}

function formatServiceDate(rnd, year, month, day) {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const roll = rnd.next();
  if (roll < 0.45) return `${year}-${mm}-${dd}`;
  if (roll < 0.8) return `${dd}.${mm}.${year}`;
  return `${mm}/${dd}/${year}`;
}

function buildDataset({ seed = 2024, customers: customerCount = 1000, products = 9000 } = {}) {
  const rnd = createRandom(seed);
  const catalog = buildCatalog(rnd, products);
  const discontinued = [];
  for (let i = 0; i < catalog.length; i += 4) discontinued.push(catalog[i].sku);

  const customers = [];
  for (let c = 0; c < customerCount; c++) {
    const currency = rnd.pick(CURRENCIES);
    const lines = [];
    const lineCount = rnd.int(8, 40);
    for (let l = 0; l < lineCount; l++) {
      const product = rnd.pick(catalog);
      const override = rnd.chance(0.3) ? Math.round(product.unitPrice * 90) / 100 : null;
      lines.push({
        sku: product.sku,
        quantity: formatQuantity(rnd, rnd.int(1, 25)),
        unitPrice: override === null ? '' : formatPrice(rnd, override),
        serviceDate: formatServiceDate(rnd, 2024, rnd.int(1, 12), rnd.int(1, 28)),
        reference: `PO-${rnd.int(10000, 99999)}`,
      });
    }
    const usage = new Float64Array(rnd.int(8000, 20000));
    for (let u = 0; u < usage.length; u++) usage[u] = rnd.next() * 3;
    customers.push({
      id: `C${String(c + 1).padStart(6, '0')}`,
      name: `${rnd.pick(WORDS)} ${rnd.pick(['GmbH', 'AG', 'Ltd', 'Inc', 'KG'])}`.replace(/^./, (ch) => ch.toUpperCase()),
      city: rnd.pick(CITIES),
      currency,
      locale: LOCALES[currency],
      paymentTermsDays: rnd.pick([14, 30, 30, 45, 60]),
      lines,
      usage,
    });
  }
  return { catalog, discontinued, customers };
}

module.exports = { buildDataset };
