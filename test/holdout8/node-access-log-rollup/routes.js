'use strict';

// Route templates used to group raw URLs into endpoints for the rollup.
const ROUTE_TEMPLATES = [
  '/api/users/:id',
  '/api/users/:id/orders',
  '/api/orders/:orderId/items/:itemId',
  '/api/products/:sku',
  '/api/search',
  '/api/carts/:cartId/checkout',
  '/static/js/:bundle',
  '/healthz',
];

function templateToPattern(template) {
  const escaped = template.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return '^' + escaped.replace(/:(\w+)/g, '(?<$1>[^/?]+)') + '(?:\\?.*)?$';
}

function matchRoute(url) {
  for (const template of ROUTE_TEMPLATES) {
    const re = new RegExp(templateToPattern(template));
    const m = re.exec(url);
    if (m) return { template, params: m.groups || {} };
  }
  return { template: 'other', params: {} };
}

module.exports = { matchRoute, ROUTE_TEMPLATES };
