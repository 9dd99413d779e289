'use strict';
// Static build of a documentation site: generates the source documents, renders each one,
// builds a search index over the rendered text, and checks the output against a digest.

const { documentSource, wyrand } = require('./corpus');
const { renderDocument } = require('./render');

const DOCUMENTS = 1600;
const PASSES = 20;
const TAG = /<[^>]+>/g;
const WORD = /[a-z][a-z0-9]{2,}/g;

function fnv1a(text, hash) {
  let h = hash >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function indexWords(html, docId, index) {
  const text = html.replace(TAG, ' ').toLowerCase();
  WORD.lastIndex = 0;
  let m;
  while ((m = WORD.exec(text)) !== null) {
    let postings = index.get(m[0]);
    if (postings === undefined) {
      postings = [];
      index.set(m[0], postings);
    }
    if (postings[postings.length - 1] !== docId) postings.push(docId);
  }
}

function main() {
  const rand = wyrand(0xd0c5);
  const sources = [];
  for (let d = 0; d < DOCUMENTS; d++) sources.push(documentSource(rand, d));
  let digest = 0x811c9dc5;
  let pages = 0;
  const index = new Map();
  for (let pass = 0; pass < PASSES; pass++) {
    for (let d = 0; d < sources.length; d++) {
      const html = renderDocument(sources[d]);
      digest = fnv1a(html, digest);
      if (pass === 0) indexWords(html, d, index);
      pages++;
    }
  }
  let longest = 0;
  for (const postings of index.values()) if (postings.length > longest) longest = postings.length;
  if (pages !== DOCUMENTS * PASSES || index.size === 0 || longest === 0 || digest === 0) {
    process.stderr.write('clean-render: inconsistent build\n');
    process.exitCode = 1;
  }
}

main();
