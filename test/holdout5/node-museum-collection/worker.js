'use strict';
// Consumes "object updated" events from the collections sync queue, normalises
// each record and builds the public search index and gallery location index.
const { Logger } = require('./logger');
const { normalise } = require('./catalogue');

const EVENTS = Number(process.env.EVENTS || 40000);
const TYPES = ['painting', 'textile', 'ceramic', 'coin'];
const MAKERS = ['Workshop of Rubens', 'Josiah Wedgwood and Sons', 'Morris & Co.', 'Royal Mint', 'Unknown maker', 'Meissen Porcelain Manufactory', 'Circle of Vermeer'];
const WORDS = 'portrait landscape river harbour figure saint vessel jar bowl panel tapestry floral border sovereign shilling glaze blue white gilt mount frame inscription reverse obverse study sketch'.split(' ');

function lcg(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296;
}

function* eventStream(rnd, count) {
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 18 + Math.floor(rnd() * 30) }, () => WORDS[Math.floor(rnd() * WORDS.length)]);
    const year = 1450 + Math.floor(rnd() * 500);
    yield {
      eventId: i,
      record: {
        seq: i,
        accession: `${1850 + Math.floor(rnd() * 170)}.${Math.floor(rnd() * 900)}.${1 + Math.floor(rnd() * 40)}`,
        objectType: TYPES[Math.floor(rnd() * TYPES.length)],
        title: words.slice(0, 4).join(' '),
        maker: MAKERS[Math.floor(rnd() * MAKERS.length)],
        description: words.join(' '),
        dated: rnd() < 0.3 ? `c. ${year}` : rnd() < 0.5 ? `${year}-${(year % 100) + 5}` : String(year),
        dimensions: { h: 1 + Math.floor(rnd() * 300), w: 1 + Math.floor(rnd() * 300) },
        gallery: `G${1 + Math.floor(rnd() * 60)}`,
      },
    };
  }
}

function main() {
  const shipped = [];
  const log = new Logger({ name: 'collection-sync', level: 'info', sink: line => { if (shipped.length < 1000) shipped.push(line); } });
  const index = new Map();
  const galleries = new Map();
  let processed = 0, invalid = 0;
  for (const { eventId, record } of eventStream(lcg(77), EVENTS)) {
    log.debug('received object event', { eventId, accession: record.accession, type: record.objectType });
    const doc = normalise(record);
    if (!doc.accessionOk) { invalid++; log.warn('accession number failed validation', { accession: record.accession }); }
    for (const t of doc.tokens) {
      let postings = index.get(t);
      if (!postings) index.set(t, (postings = []));
      postings.push(doc.accession);
    }
    if (!galleries.has(record.gallery)) galleries.set(record.gallery, []);
    galleries.get(record.gallery).push(doc.accession);
    processed++;
    log.debug('object indexed', { eventId, tokens: doc.tokens.length, gallery: record.gallery });
  }
  log.info('sync complete', { processed, invalid, terms: index.size });
  console.log(`processed=${processed} invalid=${invalid} terms=${index.size} galleries=${galleries.size} logLines=${shipped.length}`);
}

main();
