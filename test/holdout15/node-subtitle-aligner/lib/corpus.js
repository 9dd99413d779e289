'use strict';
// Synthesises a season of episode subtitle tracks: the studio's original
// English SRT and the vendor's translated track (delivered either as SRT or with
// WebVTT-style timestamps, shifted and slightly drifting).
const fs = require('fs/promises');
const path = require('path');

const WORDS = (
  'the a we you they it not never always night harbour light keeper storm boat ' +
  'rope signal tide island lamp window letter captain sister brother mother ' +
  'father village winter morning remember forget promise wait listen look ' +
  'there here now then why how what who where back home far away before after ' +
  'again together alone tomorrow yesterday tonight cold warm dark bright sea'
).split(' ');

const TRANSLATED = (
  'la el nosotros tú ellos no nunca siempre noche puerto luz guardián tormenta ' +
  'barco cuerda señal marea isla lámpara ventana carta capitán hermana hermano ' +
  'madre padre pueblo invierno mañana recuerda olvida promesa espera escucha mira ' +
  'allí aquí ahora entonces por qué cómo qué quién dónde vuelve casa lejos antes ' +
  'después otra vez juntos solo mañana ayer esta noche frío cálido oscuro mar'
).split(' ');

function makeRng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 4294967296;
  };
}

function sentence(rng, vocab) {
  const n = 3 + Math.floor(rng() * 11);
  const words = [];
  for (let i = 0; i < n; i++) words.push(vocab[Math.floor(rng() * vocab.length)]);
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + (rng() < 0.2 ? '?' : '.');
}

function ts(ms, sep) {
  const h = Math.floor(ms / 3600000);
  const m = Math.floor(ms / 60000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const f = ms % 1000;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}${sep}${f < 10 ? '00' : f < 100 ? '0' : ''}${f}`;
}

function buildEpisode(rng, cueCount) {
  const original = [];
  let t = 5000 + Math.floor(rng() * 20000);
  for (let i = 0; i < cueCount; i++) {
    const dur = 900 + Math.floor(rng() * 4200);
    original.push({ start: t, end: t + dur, text: sentence(rng, WORDS) + (rng() < 0.3 ? '\n' + sentence(rng, WORDS) : '') });
    t += dur + 80 + Math.floor(rng() * 2500);
  }
  const offset = Math.floor(rng() * 4000) - 2000;
  const drift = 1 + (rng() - 0.5) * 0.002; // frame-rate conversion drift
  const translated = [];
  for (const cue of original) {
    if (rng() < 0.03) continue; // vendor merged/dropped a cue
    const jitter = Math.floor(rng() * 160) - 80;
    translated.push({
      start: Math.max(0, Math.round(cue.start * drift) + offset + jitter),
      end: Math.max(0, Math.round(cue.end * drift) + offset + jitter),
      text: sentence(rng, TRANSLATED) + (rng() < 0.35 ? '\n' + sentence(rng, TRANSLATED) : ''),
    });
  }
  return { original, translated, offset, drift };
}

function toSrt(cues, sep) {
  const out = [];
  cues.forEach((c, i) => {
    out.push(String(i + 1), `${ts(c.start, sep)} --> ${ts(c.end, sep)}`, c.text, '');
  });
  return out.join('\n');
}

async function writeSeason(dir, { episodes, cuesPerEpisode, seed }) {
  const rng = makeRng(seed);
  const files = [];
  for (let e = 1; e <= episodes; e++) {
    const ep = buildEpisode(rng, cuesPerEpisode);
    const base = `harbour-lights.s01e${String(e).padStart(2, '0')}`;
    const origPath = path.join(dir, `${base}.en.srt`);
    const transPath = path.join(dir, `${base}.es.srt`);
    // some vendor deliveries use '.' as the millisecond separator
    const vendorSep = e % 3 === 0 ? '.' : ',';
    await fs.writeFile(origPath, toSrt(ep.original, ','));
    await fs.writeFile(transPath, toSrt(ep.translated, vendorSep));
    files.push({ episode: base, origPath, transPath });
  }
  return files;
}

module.exports = { writeSeason };
