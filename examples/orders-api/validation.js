'use strict';
// Request validation. The rules mirror the service's JSON schema file, so patterns are
// kept as strings next to the other constraints.

const ORDER_RULES = {
  customerId: { required: true, pattern: '^cus_[0-9a-z]{10}$' },
  email: { required: true, pattern: '^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$', flags: 'i' },
  currency: { required: true, pattern: '^(EUR|USD|GBP|CHF|SEK)$' },
  couponCode: { pattern: '^[A-Z]{4}-\\d{2}$' },
};

const SHIPPING_RULES = {
  name: { required: true, pattern: "^[\\p{L} .'-]{2,80}$", flags: 'u' },
  street: { required: true, pattern: "^[\\p{L}\\p{N} .,'/-]{3,120}$", flags: 'u' },
  postcode: { required: true, pattern: '^[A-Z0-9 -]{3,10}$', flags: 'i' },
  country: { required: true, pattern: '^[A-Z]{2}$' },
};

const ITEM_RULES = {
  sku: { required: true, pattern: '^[A-Z]{3}-\\d{4}-[A-Z]\\d$' },
  quantity: { required: true, integer: true, min: 1, max: 99 },
  note: { pattern: "^[\\p{L}\\p{N} .,!?'-]{0,140}$", flags: 'u' },
};

// Words the content policy does not allow in gift notes.
const BLOCKED_WORDS = [
  'casino', 'lottery', 'bitcoin', 'crypto', 'viagra', 'loan', 'prize', 'winner', 'jackpot', 'bet',
  'gamble', 'poker', 'payday', 'forex', 'nft', 'airdrop', 'giveaway', 'free money', 'cashback', 'bonus',
  'click here', 'urgent', 'wire transfer', 'gift card', 'password', 'login', 'verify', 'account locked',
  'investment', 'guaranteed', 'risk free', 'act now', 'limited offer', 'claim', 'refund', 'invoice due',
  'bank details', 'ssn', 'pharmacy', 'pills',
];

function checkField(path, value, rule, errors) {
  if (value === undefined || value === null || value === '') {
    if (rule.required) errors.push({ path, message: 'is required' });
    return;
  }
  if (rule.integer) {
    if (!Number.isInteger(value) || value < rule.min || value > rule.max) {
      errors.push({ path, message: `must be an integer between ${rule.min} and ${rule.max}` });
    }
    return;
  }
  if (rule.pattern) {
    const re = new RegExp(rule.pattern, rule.flags);
    if (!re.test(String(value))) errors.push({ path, message: 'has an invalid format' });
  }
}

function checkObject(prefix, object, rules, errors) {
  for (const key of Object.keys(rules)) {
    checkField(prefix + key, object[key], rules[key], errors);
  }
}

function containsBlockedWord(text) {
  for (const word of BLOCKED_WORDS) {
    if (new RegExp(`\\b${word}\\b`, 'i').test(text)) return word;
  }
  return null;
}

function validateOrder(body) {
  const errors = [];
  if (body === null || typeof body !== 'object') return [{ path: '', message: 'must be an object' }];
  checkObject('', body, ORDER_RULES, errors);
  if (!body.shipping || typeof body.shipping !== 'object') {
    errors.push({ path: 'shipping', message: 'is required' });
  } else {
    checkObject('shipping.', body.shipping, SHIPPING_RULES, errors);
  }
  if (!Array.isArray(body.items) || body.items.length === 0 || body.items.length > 100) {
    errors.push({ path: 'items', message: 'must hold 1 to 100 items' });
    return errors;
  }
  body.items.forEach((item, i) => {
    checkObject(`items[${i}].`, item, ITEM_RULES, errors);
    if (typeof item.note === 'string') {
      const word = containsBlockedWord(item.note);
      if (word) errors.push({ path: `items[${i}].note`, message: `contains a blocked word: ${word}` });
    }
  });
  return errors;
}

module.exports = { validateOrder };
