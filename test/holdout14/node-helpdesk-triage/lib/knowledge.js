'use strict';

// Knowledge-base articles with hand-tuned term weights; tickets get the
// closest articles suggested to the agent (cosine similarity).
const ARTICLES = [
  ['KB-101', 'Requesting a refund for a duplicate charge', { charg: 3, twice: 2, refund: 3, invoice: 1, month: 1 }],
  ['KB-102', 'Updating the VAT number on invoices', { vat: 3, invoice: 3, number: 1, accounting: 2, book: 1 }],
  ['KB-103', 'Why did my card payment fail?', { card: 3, payment: 3, fail: 2, valid: 1, renewal: 1 }],
  ['KB-104', 'Subscription renewal and overdue notices', { subscription: 3, renewal: 3, overdue: 2, payment: 1 }],
  ['KB-201', 'Password reset emails not arriving', { password: 3, reset: 3, email: 2, arrive: 2, spam: 1 }],
  ['KB-202', 'Unlocking a locked account', { lock: 3, account: 2, login: 2, attempt: 1 }],
  ['KB-203', 'Moving two-factor authentication to a new phone', { two: 1, factor: 2, authentication: 3, phone: 3, code: 2 }],
  ['KB-204', 'Troubleshooting SSO redirects', { single: 2, sign: 2, identity: 3, provider: 3, redirect: 3 }],
  ['KB-301', 'Status page and incident updates', { down: 3, server: 2, error: 2, outage: 3, status: 2 }],
  ['KB-302', 'API timeouts and rate limits', { api: 3, tim: 2, request: 2, checkout: 1, limit: 2 }],
  ['KB-401', 'Speeding up large report exports', { report: 3, export: 3, minute: 1, dataset: 2, load: 1 }],
  ['KB-402', 'Search is slow after an update', { search: 3, slow: 3, update: 2, freeze: 2, browser: 1 }],
  ['KB-501', 'Webhook retries and delivery logs', { webhook: 3, deliveri: 2, endpoint: 2, retri: 2, log: 1 }],
  ['KB-502', 'CSV import and character encodings', { csv: 3, import: 3, row: 1, character: 2, special: 2 }],
  ['KB-601', 'Scheduling recurring reports', { schedule: 3, report: 2, weekly: 2, option: 1 }],
  ['KB-602', 'Editor customisation: themes and shortcuts', { dark: 2, mode: 2, keyboard: 3, shortcut: 3, editor: 2 }],
  ['KB-701', 'Restoring records after a merge', { record: 3, merge: 3, disappear: 2, audit: 2, history: 2 }],
  ['KB-702', 'Handling GDPR export and deletion requests', { gdpr: 3, personal: 2, data: 2, delete: 3, export: 1 }],
  ['KB-703', 'Browser support matrix', { firefox: 3, browser: 3, device: 1, cache: 2 }],
  ['KB-704', 'Preparing for a customer demo', { demo: 3, customer: 1, sales: 2, tomorrow: 1 }],
];

const INDEX = ARTICLES.map(([id, title, weights]) => {
  let norm = 0;
  for (const w of Object.values(weights)) norm += w * w;
  return { id, title, weights: Object.entries(weights), norm: Math.sqrt(norm) };
});

function suggestArticles(vector, limit = 3) {
  let vecNorm = 0;
  for (const term in vector) vecNorm += vector[term] * vector[term];
  vecNorm = Math.sqrt(vecNorm) || 1;
  const scored = [];
  for (const article of INDEX) {
    let dot = 0;
    for (const [term, weight] of article.weights) {
      const c = vector[term];
      if (c) dot += c * weight;
    }
    if (dot > 0) scored.push({ id: article.id, title: article.title, score: dot / (vecNorm * article.norm) });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, limit);
}

module.exports = { suggestArticles };
