'use strict';

const COMBINING = /[\u0300-\u036f]/g;
const LEGAL_FORM = /\b(ltd|limited|plc|llp|gmbh|inc|s a|b v|llc|co)\b/g;
const NON_ALNUM = /[^a-z0-9 ]+/g;
const SPACES = /\s+/g;
const SPECIAL = new Map([['ø', 'o'], ['ł', 'l'], ['æ', 'ae'], ['ß', 'ss'], ['œ', 'oe']]);

function foldCharacters(s) {
  let out = '';
  for (const ch of s) out += SPECIAL.get(ch) || ch;
  return out;
}

function canonicalName(name) {
  const folded = foldCharacters(name.toLowerCase().normalize('NFD').replace(COMBINING, ''));
  return folded.replace('&', ' and ').replace(NON_ALNUM, ' ').replace(LEGAL_FORM, ' ').replace(SPACES, ' ').trim();
}

const CODES = { b: 1, f: 1, p: 1, v: 1, c: 2, g: 2, j: 2, k: 2, q: 2, s: 2, x: 2, z: 2, d: 3, t: 3, l: 4, m: 5, n: 5, r: 6 };

// Soundex key of one token, for spelling-tolerant candidate lookup.
function soundex(token) {
  if (!token) return '';
  let key = token[0].toUpperCase();
  let last = CODES[token[0]] || 0;
  for (let i = 1; i < token.length && key.length < 4; i++) {
    const code = CODES[token[i]] || 0;
    if (code && code !== last) key += code;
    if (token[i] !== 'h' && token[i] !== 'w') last = code;
  }
  return key.padEnd(4, '0');
}

function trigrams(s) {
  const padded = `  ${s} `;
  const out = new Set();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

function jaroWinkler(a, b) {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (!la || !lb) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Uint8Array(la);
  const mb = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!mb[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        ma[i] = 1; mb[j] = 1; matches++;
        break;
      }
    }
  }
  if (!matches) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) t++;
    k++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

module.exports = { canonicalName, soundex, trigrams, jaroWinkler };
