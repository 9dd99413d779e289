'use strict';

const WORD = /[a-z]+/g;
const STOPWORDS = new Set(
  'the a an of on in to and for with by that had been this at after while said told was were is'.split(' '),
);

class Classifier {
  constructor(desks) {
    this.keywordDesk = new Map();
    for (const [desk, words] of Object.entries(desks)) {
      for (const w of words) this.keywordDesk.set(w, desk);
    }
  }

  classify(story) {
    const scores = new Map();
    const terms = new Map();
    for (const para of story.paragraphs) {
      for (const m of para.toLowerCase().matchAll(WORD)) {
        const word = m[0];
        if (STOPWORDS.has(word)) continue;
        terms.set(word, (terms.get(word) || 0) + 1);
        const desk = this.keywordDesk.get(word);
        if (desk) scores.set(desk, (scores.get(desk) || 0) + 1);
      }
    }
    for (const kw of story.keywords) {
      const desk = this.keywordDesk.get(kw);
      if (desk) scores.set(desk, (scores.get(desk) || 0) + 3);
    }
    let best = null;
    for (const [desk, score] of scores) if (!best || score > best.score) best = { desk, score };
    const topTerms = [...terms]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 8)
      .map(([t]) => t);
    const words = [...terms.values()].reduce((s, n) => s + n, 0);
    return { ...story, desk: best ? best.desk : 'general', topTerms, words };
  }
}

// Holds what has already gone out so corrections replace the earlier
// version and repeats from the agency are not published twice.
class PublishedIndex {
  constructor() {
    this.published = [];
  }

  // Yesterday's manifest: slugs that may still receive write-throughs today.
  restore(entries) {
    for (const e of entries) this.published.push({ slug: e.slug, version: e.version, id: e.id });
  }

  admit(story) {
    const existing = this.published.find((p) => p.slug === story.slug);
    if (!existing) {
      this.published.push({ slug: story.slug, version: story.version, id: story.id });
      return { ...story, supersedes: null };
    }
    if (existing.version >= story.version) return null;
    const supersedes = existing.id;
    existing.version = story.version;
    existing.id = story.id;
    return { ...story, supersedes };
  }
}

module.exports = { Classifier, PublishedIndex };
