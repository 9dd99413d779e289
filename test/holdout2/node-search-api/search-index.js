'use strict';
// Inverted index with BM25 scoring over title and description.

const K1 = 1.2;
const B = 0.75;
const TITLE_BOOST = 2.5;

function tokenize(text) {
  const out = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(text.slice(start, i).toLowerCase());
      start = -1;
    }
  }
  return out;
}

class SearchIndex {
  constructor(products) {
    this.products = products;
    this.postings = new Map(); // term -> Map(docIndex -> weighted tf)
    this.lengths = new Float64Array(products.length);
    let totalLen = 0;
    products.forEach((p, d) => {
      const tokens = tokenize(p.title).map((t) => [t, TITLE_BOOST])
        .concat(tokenize(p.description).map((t) => [t, 1]));
      for (const [t, w] of tokens) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = new Map()));
        list.set(d, (list.get(d) || 0) + w);
      }
      this.lengths[d] = tokens.length;
      totalLen += tokens.length;
    });
    this.avgLen = totalLen / products.length;
  }

  search(terms, { limit = 20, category } = {}) {
    const scores = new Float64Array(this.products.length);
    const touched = [];
    const N = this.products.length;
    for (const term of terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (N - list.size + 0.5) / (list.size + 0.5));
      for (const [d, tf] of list) {
        if (scores[d] === 0) touched.push(d);
        const norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * this.lengths[d] / this.avgLen));
        scores[d] += idf * norm;
      }
    }
    const hits = [];
    for (const d of touched) {
      const p = this.products[d];
      if (category && p.category !== category) continue;
      hits.push({ d, score: scores[d] * (1 + p.rating / 20) });
    }
    hits.sort((a, b) => b.score - a.score || a.d - b.d);
    return { total: hits.length, hits: hits.slice(0, limit).map((h) => ({ product: this.products[h.d], score: h.score })) };
  }

  facets(terms) {
    const counts = new Map();
    for (const term of terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      for (const d of list.keys()) {
        const c = this.products[d].category;
        counts.set(c, (counts.get(c) || 0) + 1);
      }
    }
    return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
  }
}

module.exports = { SearchIndex, tokenize };
