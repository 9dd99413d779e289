'use strict';

const fs = require('fs');
const zlib = require('zlib');

const LANGS = ['de', 'fr', 'it', 'en'];
const TOPICS = ['new snow', 'wind slab', 'persistent weak layer', 'wet snow', 'gliding snow', 'general'];

function writePhraseArchive(file, rand) {
  const lines = [];
  let n = 0;
  for (const lang of LANGS) {
    for (const topic of TOPICS) {
      for (let level = 1; level <= 5; level++) {
        for (let v = 0; v < 8; v++) {
          const words = [];
          const len = 12 + Math.floor(rand() * 20);
          for (let w = 0; w < len; w++) words.push(`${lang}${Math.floor(rand() * 5000).toString(36)}`);
          lines.push(`${lang}\t${topic}\t${level}\t${v}\t${words.join(' ')}. {aspects} above {elevation} m.`);
          n++;
        }
      }
    }
  }
  fs.writeFileSync(file, zlib.gzipSync(lines.join('\n'), { level: 9 }));
  return n;
}

class PhraseBook {
  constructor(file) {
    this.file = file;
  }

  phrasesFor(lang) {
    const packed = fs.readFileSync(this.file);
    const text = zlib.gunzipSync(packed).toString('utf8');
    const out = new Map();
    const prefix = `${lang}\t`;
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (text.startsWith(prefix, start)) {
        const parts = text.slice(start, end).split('\t');
        const key = `${parts[1]}|${parts[2]}`;
        if (!out.has(key)) out.set(key, []);
        out.get(key).push(parts[4]);
      }
      start = end + 1;
    }
    return out;
  }
}

function composeBulletin(assessment, phrases, variantSeed) {
  const topics = assessment.problems.length > 0 ? assessment.problems : ['general'];
  const parts = [];
  for (const topic of topics) {
    const variants = phrases.get(`${topic}|${assessment.level}`) || [];
    if (variants.length === 0) continue;
    const text = variants[variantSeed % variants.length]
      .replace('{aspects}', assessment.aspects.length ? assessment.aspects.join(', ') : 'all aspects')
      .replace('{elevation}', String(assessment.above));
    parts.push(text);
  }
  return parts.join(' ');
}

module.exports = { writePhraseArchive, PhraseBook, composeBulletin, LANGS };
