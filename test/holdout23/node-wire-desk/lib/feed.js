'use strict';

const fs = require('fs');
const path = require('path');

const DESKS = {
  politics: ['election', 'parliament', 'minister', 'coalition', 'ballot', 'referendum', 'senate'],
  business: ['shares', 'earnings', 'merger', 'inflation', 'bond', 'tariff', 'dividend'],
  sport: ['league', 'final', 'transfer', 'coach', 'championship', 'stadium', 'qualifier'],
  culture: ['festival', 'premiere', 'exhibition', 'novel', 'orchestra', 'gallery', 'award'],
  science: ['telescope', 'vaccine', 'genome', 'climate', 'satellite', 'fossil', 'reactor'],
};
const CITIES = ['Lisbon', 'Nairobi', 'Montreal', 'Osaka', 'Valparaiso', 'Tbilisi', 'Bergen', 'Accra', 'Hobart', 'Cork'];
const FILLER = (
  'the officials said on statement late with a spokesperson for according to sources close ' +
  'figures released that had been expected earlier this week analysts told reporters after ' +
  'talks in the capital while critics warned of further delays and a second round'
).split(' ');
const PREFIX = ['', 'URGENT: ', 'UPDATE: ', 'WRITETHRU: '];

function sentence(rng, words) {
  const n = rng.int(12, 26);
  const out = [];
  for (let i = 0; i < n; i++) out.push(rng.chance(0.18) ? rng.pick(words) : rng.pick(FILLER));
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function makeStory(seq, rng, base) {
  const desk = rng.pick(Object.keys(DESKS));
  const words = DESKS[desk];
  const city = rng.pick(CITIES);
  const topic = rng.pick(words);
  const paragraphs = [];
  const count = rng.int(4, 9);
  for (let p = 0; p < count; p++) {
    const sentences = [];
    for (let s = rng.int(2, 4); s > 0; s--) sentences.push(sentence(rng, words));
    paragraphs.push(sentences.join(' '));
  }
  return {
    id: `WIRE-${String(seq).padStart(6, '0')}`,
    slug: `${desk}-${topic}-${city}-${base + Math.floor(seq / 7)}`.toUpperCase(),
    version: 1,
    priority: rng.int(1, 5),
    city,
    filed: new Date(Date.UTC(2024, 4, 14, 6, 0, 0) + seq * 37000).toISOString(),
    keywords: [topic, rng.pick(words), city.toLowerCase()],
    headline: `${city} ${topic} ${rng.pick(FILLER)} ${rng.pick(words)}`,
    byline: `By ${rng.pick(['A. Mensah', 'K. Sato', 'L. Pereira', 'R. Byrne', 'N. Berg', 'M. Dubois'])}`,
    paragraphs,
  };
}

function toWireText(story, prefix) {
  return [
    'ZCZC',
    `ID: ${story.id}`,
    `SLUG: ${story.slug}`,
    `VERSION: ${story.version}`,
    `PRIORITY: ${story.priority}`,
    `CITY: ${story.city}`,
    `FILED: ${story.filed}`,
    `KEYWORDS: ${story.keywords.join(',')}`,
    `HEADLINE: ${prefix}${story.headline}`,
    `BYLINE: ${story.byline}`,
    '',
    story.paragraphs.join('\n\n'),
    'NNNN',
  ].join('\n');
}

// Writes the agency drop folder: batches of wire messages, including
// later versions (updates, write-throughs) of stories already sent.
function writeDropFolder(dir, rng, { stories, batchSize }) {
  const sent = [];
  const files = [];
  let batch = [];
  let seq = 0;
  const flush = () => {
    if (batch.length === 0) return;
    const file = path.join(dir, `batch-${String(files.length).padStart(4, '0')}.wire`);
    fs.writeFileSync(file, batch.join('\n'));
    files.push(file);
    batch = [];
  };
  while (seq < stories) {
    seq++;
    if (sent.length > 20 && rng.chance(0.22)) {
      const prior = sent[sent.length - 1 - rng.int(0, Math.min(sent.length - 1, 400))];
      const update = { ...prior, id: `WIRE-${String(seq).padStart(6, '0')}`, version: prior.version + 1 };
      update.paragraphs = prior.paragraphs.concat(sentence(rng, FILLER));
      sent.push(update);
      batch.push(toWireText(update, PREFIX[Math.min(update.version, 3)]));
    } else {
      const story = makeStory(seq, rng, 1000);
      sent.push(story);
      batch.push(toWireText(story, rng.chance(0.05) ? PREFIX[1] : ''));
    }
    if (batch.length >= batchSize) flush();
  }
  flush();
  return files;
}

function writePreviousManifest(file, rng, count) {
  const entries = [];
  for (let i = 0; i < count; i++) {
    const story = makeStory(i, rng, 0);
    entries.push({ id: `WIRE-P${String(i).padStart(6, '0')}`, slug: story.slug, version: rng.int(1, 3) });
  }
  fs.writeFileSync(file, JSON.stringify(entries));
}

module.exports = { DESKS, writeDropFolder, writePreviousManifest };
