'use strict';

const http = require('http');
const crypto = require('crypto');
const { tokensOf } = require('./cellar');
const { valueCellar, marketValue } = require('./valuation');

const PAIRINGS = {
  red: ['lamb shoulder', 'mushroom risotto', 'aged comté', 'duck breast'],
  white: ['roast chicken', 'scallops', 'goat cheese', 'asparagus'],
  sparkling: ['oysters', 'fried chicken', 'gougères'],
  sweet: ['blue cheese', 'tarte tatin', 'foie gras'],
  fortified: ['stilton', 'dark chocolate', 'walnuts'],
};

function sha256(s) {
  return crypto.createHash('sha256').update(s).digest('hex');
}

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function body(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      try {
        resolve(data ? JSON.parse(data) : {});
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
  });
}

function createServer({ cellars, tokens, journal, year }) {
  const tokenIndex = new Map([...tokens].map(([token, cellarId]) => [sha256(token), cellarId]));

  function authorise(req, cellarId) {
    const auth = req.headers.authorization || '';
    if (!auth.startsWith('Bearer ')) return false;
    return tokenIndex.get(sha256(auth.slice(7))) === cellarId;
  }

  function search(cellar, params) {
    const terms = tokensOf(params.get('q') || '');
    let ids = null;
    for (const t of terms) {
      const set = cellar.index.get(t);
      if (!set) return { total: 0, bottles: [] };
      if (ids === null) ids = [...set];
      else ids = ids.filter((id) => set.has(id));
    }
    const colour = params.get('colour');
    const ready = params.get('ready') === '1';
    let hits = (ids === null ? [...cellar.bottles.keys()] : ids).map((id) => cellar.bottles.get(id));
    hits = hits.filter((b) => b.quantity > 0 && (!colour || b.colour === colour) && (!ready || (b.drinkFrom <= year && year <= b.drinkTo)));
    hits.sort((a, b) => a.drinkTo - b.drinkTo || b.vintage - a.vintage);
    const page = Math.max(0, Number(params.get('page') || 0));
    return {
      total: hits.length,
      bottles: hits.slice(page * 20, page * 20 + 20).map((b) => ({
        id: b.id, label: `${b.producer} ${b.cuvee} ${b.vintage}`, region: b.region, qty: b.quantity, window: `${b.drinkFrom}–${b.drinkTo}`,
      })),
    };
  }

  function drinkNow(cellar) {
    const due = [];
    for (const b of cellar.bottles.values()) {
      if (b.quantity > 0 && b.drinkFrom <= year && year <= b.drinkTo + 1) due.push({ b, value: marketValue(b, year) });
    }
    due.sort((x, y) => x.b.drinkTo - y.b.drinkTo || x.value - y.value);
    return due.slice(0, 15).map(({ b }) => ({
      id: b.id,
      label: `${b.producer} ${b.cuvee} ${b.vintage}`,
      yearsLeft: b.drinkTo - year,
      pairWith: PAIRINGS[b.colour] || [],
    }));
  }

  async function consume(req, cellar) {
    const { bottleId, rating, note } = await body(req);
    const bottle = cellar.bottles.get(bottleId);
    if (!bottle) return [404, { error: 'no such bottle' }];
    if (bottle.quantity === 0) return [409, { error: 'none left' }];
    bottle.quantity--;
    const entry = { cellar: cellar.id, bottle: bottleId, rating: Number(rating) || null, note: String(note || '').slice(0, 500), at: new Date().toISOString() };
    bottle.consumed.push(entry);
    journal.record(entry);
    return [200, { left: bottle.quantity }];
  }

  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://cellar.local');
    const [cellarId, action] = url.pathname.split('/').filter(Boolean);
    const cellar = cellars.get(cellarId);
    if (!cellar) return json(res, 404, { error: 'unknown cellar' });
    if (!authorise(req, cellarId)) return json(res, 401, { error: 'unauthorised' });
    Promise.resolve()
      .then(async () => {
        if (req.method === 'GET' && action === 'bottles') return [200, search(cellar, url.searchParams)];
        if (req.method === 'GET' && action === 'valuation') return [200, valueCellar(cellar, { year, locale: url.searchParams.get('locale') || 'en-GB' })];
        if (req.method === 'GET' && action === 'drink-now') return [200, { bottles: drinkNow(cellar) }];
        if (req.method === 'POST' && action === 'consume') return consume(req, cellar);
        return [404, { error: 'not found' }];
      })
      .then(([status, payload]) => json(res, status, payload))
      .catch((err) => json(res, 400, { error: err.message }));
  });
}

module.exports = { createServer };
