'use strict';
// Deterministic generator of markdown-like source documents (release notes, guides, tables).

const NOUNS = ['cache', 'scheduler', 'parser', 'gateway', 'index', 'ledger', 'queue', 'renderer', 'planner',
  'buffer', 'socket', 'codec', 'registry', 'profile', 'catalogue', 'pipeline'];
const VERBS = ['flushes', 'rebuilds', 'validates', 'streams', 'compacts', 'merges', 'resolves', 'batches',
  'retries', 'indexes', 'throttles', 'serialises'];
const ADJ = ['stale', 'pending', 'partial', 'nested', 'cold', 'sharded', 'hot', 'sparse', 'ordered', 'atomic'];

function wyrand(seed) {
  let s = seed >>> 0;
  return function next() {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function sentence(rand) {
  const words = [];
  const n = 6 + Math.floor(rand() * 12);
  for (let i = 0; i < n; i++) {
    const r = rand();
    let w = r < 0.4 ? pick(rand, NOUNS) : r < 0.7 ? pick(rand, VERBS) : r < 0.9 ? pick(rand, ADJ) : `v${Math.floor(rand() * 40)}.${Math.floor(rand() * 10)}`;
    const deco = rand();
    if (deco < 0.05) w = `**${w}**`;
    else if (deco < 0.09) w = `_${w}_`;
    else if (deco < 0.13) w = `\`${w}()\``;
    else if (deco < 0.15) w = `[${w}](https://docs.example.org/${w.toLowerCase()})`;
    else if (deco < 0.16) w = `${w} <${pick(rand, ADJ)}>`;
    words.push(w);
  }
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function documentSource(rand, index) {
  const lines = [`# Release ${index}: ${pick(rand, ADJ)} ${pick(rand, NOUNS)}`, ''];
  const sections = 3 + Math.floor(rand() * 4);
  for (let s = 0; s < sections; s++) {
    lines.push(`## ${pick(rand, NOUNS)} ${pick(rand, VERBS)} ${pick(rand, ADJ)} data`, '');
    const kind = rand();
    if (kind < 0.35) {
      for (let p = 0; p < 3; p++) {
        lines.push(sentence(rand) + ' ' + sentence(rand) + ' ' + sentence(rand), '');
      }
    } else if (kind < 0.6) {
      const items = 4 + Math.floor(rand() * 6);
      for (let i = 0; i < items; i++) lines.push(`${rand() < 0.5 ? '-' : `${i + 1}.`} ${sentence(rand)}`);
      lines.push('');
    } else if (kind < 0.8) {
      lines.push('| metric | before | after | change |', '|---|---:|---:|---:|');
      const rows = 5 + Math.floor(rand() * 8);
      for (let r = 0; r < rows; r++) {
        const before = 1000 + rand() * 90000;
        const after = before * (0.6 + rand() * 0.8);
        lines.push(`| ${pick(rand, NOUNS)}.${pick(rand, VERBS)} | ${before.toFixed(2)} | ${after.toFixed(2)} | ${(after / before - 1).toFixed(4)} |`);
      }
      lines.push('');
    } else {
      lines.push('```js');
      const n = 4 + Math.floor(rand() * 8);
      for (let i = 0; i < n; i++) lines.push(`const ${pick(rand, NOUNS)}${i} = await ${pick(rand, VERBS)}(<${pick(rand, ADJ)}> & "${i}");`);
      lines.push('```', '');
    }
  }
  return lines.join('\n');
}

module.exports = { documentSource, wyrand };
