'use strict';

const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const zlib = require('zlib');
const { promisify } = require('util');
const { mulberry32, pick, intBetween } = require('./rng');

const gzip = promisify(zlib.gzip);

const WORDS = ('the a and of to in we you that it is was for on with this they be at but so like just about ' +
  'really think know episode guest interview story season listener question data science music history ' +
  'football cooking garden travel money startup climate city coffee film book night radio market health ' +
  'sleep brain ocean mountain election court crime comedy family school teacher kitchen recipe bread ' +
  'engine rocket planet moon river island village festival vinyl guitar drums jazz poetry museum archive').split(' ');
const GENRES = ['True Crime', 'Comedy', 'Technology', 'History', 'Food', 'Science', 'Sports', 'Music', 'News', 'Business'];

function metaDir() {
  return path.join(os.tmpdir(), `podcast-meta-${process.pid}`);
}

function showFile(dir, showId) {
  return path.join(dir, `${showId}.json.gz`);
}

function buildShow(rng, s) {
  const id = `S${String(s).padStart(3, '0')}`;
  const episodes = [];
  const count = intBetween(rng, 30, 60);
  for (let e = 1; e <= count; e++) {
    const durationSec = intBetween(rng, 900, 5400);
    const chapters = [];
    for (let t = 0; t < durationSec; t += intBetween(rng, 240, 900)) {
      chapters.push({ start: t, title: `${pick(rng, WORDS)} ${pick(rng, WORDS)} ${pick(rng, WORDS)}` });
    }
    const words = [];
    const n = intBetween(rng, 2500, 5000);
    for (let w = 0; w < n; w++) words.push(pick(rng, WORDS));
    episodes.push({
      id: `${id}E${String(e).padStart(3, '0')}`,
      number: e,
      title: `${pick(rng, WORDS)} ${pick(rng, WORDS)} with ${pick(rng, WORDS)}`,
      publishedAt: new Date(Date.UTC(2023, 0, 1) + e * 7 * 86400000).toISOString(),
      durationSec,
      explicit: rng() < 0.2,
      chapters,
      transcript: words.join(' '),
    });
  }
  return { id, title: `The ${pick(rng, WORDS)} ${pick(rng, WORDS)} show`, genre: pick(rng, GENRES), language: 'en', episodes };
}

// Publishes the nightly metadata export (one gzip'd JSON document per show).
async function publishCatalog(showCount, seed) {
  const dir = metaDir();
  await fsp.mkdir(dir, { recursive: true });
  const rng = mulberry32(seed);
  const index = [];
  for (let s = 1; s <= showCount; s++) {
    const show = buildShow(rng, s);
    await fsp.writeFile(showFile(dir, show.id), await gzip(JSON.stringify(show)));
    index.push({ id: show.id, episodes: show.episodes.map((e) => ({ id: e.id, durationSec: e.durationSec })) });
  }
  return { dir, index };
}

function loadShow(dir, showId) {
  const raw = zlib.gunzipSync(fs.readFileSync(showFile(dir, showId)));
  return JSON.parse(raw);
}

async function removeCatalog(dir) {
  await fsp.rm(dir, { recursive: true, force: true });
}

module.exports = { publishCatalog, loadShow, removeCatalog };
