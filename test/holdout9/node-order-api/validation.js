'use strict';

// Order payload validation. Field rules come from the merchant catalogue config;
// promo codes are merchant-specific prefixes.
const FIELD_RULES = {
  sku: '[A-Z]{3}-\\d{4,6}(?:-[A-Z0-9]{2})?',
  email: '[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}',
  postcode: '(?:\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z] ?\\d[A-Z]\\d)',
  phone: '\\+?\\d{1,3}[ -]?\\(?\\d{2,4}\\)?[ -]?\\d{3,4}[ -]?\\d{3,4}',
};

function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matchesRule(ruleName, value, merchantId) {
  // Each merchant may namespace its SKUs, so the rule is built per merchant.
  const source = ruleName === 'sku'
    ? `^(?:${escapeRegex(merchantId)}:)?${FIELD_RULES.sku}$`
    : `^${FIELD_RULES[ruleName]}$`;
  const re = new RegExp(source, 'i');
  return re.test(value);
}

// Promo codes look like <merchant>-<customer|ALL>-<sku|percent>, e.g. acme-ALL-15 or
// acme-pat.doe-SKU-1042. A code may target the whole basket or a single SKU.
function promoApplies(promoCode, merchantId, customerEmail, sku) {
  if (!promoCode) return false;
  const customer = escapeRegex(customerEmail.split('@')[0]);
  const re = new RegExp(`^${escapeRegex(merchantId)}-(?:${customer}|ALL)-(?:${escapeRegex(sku)}|\\d{2,4})$`, 'i');
  return re.test(promoCode);
}

function validateOrder(order) {
  const errors = [];
  if (!matchesRule('email', order.email, order.merchantId)) errors.push('email');
  if (!matchesRule('postcode', order.shipTo.postcode, order.merchantId)) errors.push('postcode');
  if (order.shipTo.phone && !matchesRule('phone', order.shipTo.phone, order.merchantId)) errors.push('phone');
  if (!Array.isArray(order.lines) || order.lines.length === 0) errors.push('lines');
  for (const line of order.lines || []) {
    if (!matchesRule('sku', line.sku, order.merchantId)) errors.push(`sku:${line.sku}`);
    if (!(line.qty > 0 && line.qty < 1000)) errors.push(`qty:${line.sku}`);
  }
  return errors;
}

module.exports = { validateOrder, promoApplies };
