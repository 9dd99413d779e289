'use strict';

const { canonicalName, soundex, trigrams, jaroWinkler } = require('./normalise');

// Postings longer than this (common words such as "holdings") carry no signal.
const MAX_POSTING = 600;

// Inverted indexes over the party register: by exact canonical name, by phonetic token and by trigram.
class PartyIndex {
  constructor(parties) {
    this.parties = parties;
    this.canonical = new Array(parties.length);
    this.exact = new Map();
    this.phonetic = new Map();
    this.grams = new Map();
    this.votes = new Int32Array(parties.length);
    this.touched = [];
    for (const p of parties) this.add(p);
  }

  add(party) {
    const canon = canonicalName(party.name);
    this.canonical[party.id] = canon;
    push(this.exact, canon, party.id);
    for (const token of new Set(canon.split(' '))) {
      if (token.length > 1) push(this.phonetic, soundex(token), party.id);
    }
    for (const g of trigrams(canon)) push(this.grams, g, party.id);
  }

  candidates(canon, limit) {
    // Votes are tallied in a reusable array; only the touched slots are reset afterwards.
    const votes = this.votes;
    const touched = this.touched;
    touched.length = 0;
    const vote = (posting, weight) => {
      for (let i = 0; i < posting.length; i++) {
        const id = posting[i];
        if (votes[id] === 0) touched.push(id);
        votes[id] += weight;
      }
    };
    for (const token of new Set(canon.split(' '))) {
      if (token.length < 2) continue;
      const posting = this.phonetic.get(soundex(token));
      if (posting && posting.length <= MAX_POSTING) vote(posting, 2);
    }
    const grams = trigrams(canon);
    for (const g of grams) {
      const posting = this.grams.get(g);
      if (posting && posting.length <= MAX_POSTING) vote(posting, 1);
    }
    const threshold = Math.max(3, Math.floor(grams.size * 0.4));
    const ranked = [];
    for (const id of touched) {
      if (votes[id] >= threshold) ranked.push(id);
    }
    ranked.sort((x, y) => votes[y] - votes[x] || x - y);
    const out = ranked.slice(0, limit);
    for (const id of touched) votes[id] = 0;
    return out;
  }

  search(name, { limit = 40, minScore = 0.92 } = {}) {
    const canon = canonicalName(name);
    const hits = [];
    for (const id of this.exact.get(canon) || []) hits.push({ party: this.parties[id], score: 1, basis: 'exact' });
    const seen = new Set(hits.map((h) => h.party.id));
    for (const id of this.candidates(canon, limit)) {
      if (seen.has(id)) continue;
      const score = jaroWinkler(canon, this.canonical[id]);
      if (score >= minScore) hits.push({ party: this.parties[id], score, basis: 'fuzzy' });
    }
    hits.sort((a, b) => b.score - a.score || a.party.id - b.party.id);
    return hits;
  }
}

function push(map, key, id) {
  const list = map.get(key);
  if (list) list.push(id); else map.set(key, [id]);
}

module.exports = { PartyIndex };
