'use strict';

const http = require('http');

// Replays self-service kiosk traffic against the desk API. The replay keeps
// its own view of which items are out so that most transactions are valid.

function call(agent, port, method, path, body, branch) {
  return new Promise((resolve, reject) => {
    const data = body ? JSON.stringify(body) : null;
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: data
          ? { 'x-kiosk-branch': branch, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) }
          : { 'x-kiosk-branch': branch },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null }));
      }
    );
    req.on('error', reject);
    req.end(data);
  });
}

function takeRandom(rng, arr) {
  if (!arr.length) return undefined;
  const i = Math.floor(rng.next() * arr.length);
  const v = arr[i];
  arr[i] = arr[arr.length - 1];
  arr.pop();
  return v;
}

async function replay({ port, rng, collection, total, concurrency, holdRate }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const cards = [...collection.patrons.keys()];
  const branches = [...collection.branches.keys()];
  const shelf = [];
  for (const [barcode, item] of collection.items) {
    if (collection.titles.get(item.titleId).format !== 'reference') shelf.push(barcode);
  }
  const out = []; // [barcode, card]
  const loansByCard = new Map();
  const words = [...collection.index.keys()];
  const titleIds = [...collection.titles.keys()];
  const tally = { sent: 0, byKind: {}, byStatus: {} };
  let issued = 0;

  function send(method, path, body, branch) {
    return call(agent, port, method, path, body, branch || rng.pick(branches));
  }

  function note(kind, status) {
    tally.byKind[kind] = (tally.byKind[kind] || 0) + 1;
    tally.byStatus[status] = (tally.byStatus[status] || 0) + 1;
  }

  async function checkout() {
    const card = rng.pick(cards);
    const n = rng.int(1, 6);
    const items = [];
    for (let i = 0; i < n && shelf.length; i++) items.push(takeRandom(rng, shelf));
    const branch = rng.pick(branches);
    const res = await send('POST', '/api/checkout', { card, items, branch }, branch);
    note('checkout', res.status);
    for (let i = 0; i < items.length; i++) {
      const r = res.status === 200 ? res.body.items[i] : null;
      if (r && r.ok) {
        out.push([items[i], card]);
        if (!loansByCard.has(card)) loansByCard.set(card, new Set());
        loansByCard.get(card).add(items[i]);
      } else if (!r || r.reason !== 'on hold for another patron') {
        shelf.push(items[i]);
      }
    }
  }

  async function giveBack() {
    const entry = takeRandom(rng, out);
    if (!entry) return checkout();
    const [barcode, card] = entry;
    const branch = rng.pick(branches);
    const res = await send('POST', '/api/return', { item: barcode, branch }, branch);
    note('return', res.status);
    if (res.status === 200 && res.body.ok) {
      const set = loansByCard.get(card);
      if (set) set.delete(barcode);
      if (!res.body.hold) shelf.push(barcode);
    } else {
      out.push(entry);
    }
  }

  async function renew() {
    const card = rng.pick(cards);
    const set = loansByCard.get(card);
    if (!set || !set.size) return account(card);
    const items = [...set].slice(0, 6);
    const res = await send('POST', '/api/renew', { card, items });
    note('renew', res.status);
  }

  async function account(card) {
    const res = await send('GET', `/api/patrons/${card || rng.pick([...loansByCard.keys()].slice(-200).concat(cards.slice(0, 50)))}/account`);
    note('account', res.status);
  }

  async function search() {
    const q = rng.chance(0.5) ? rng.pick(words) : `${rng.pick(words)} ${rng.pick(words)}`;
    const res = await send('GET', `/api/search?q=${encodeURIComponent(q)}`);
    note('search', res.status);
  }

  async function hold() {
    // Reserve something that is currently all out on loan.
    let title = null;
    for (let i = 0; i < 20 && !title; i++) {
      const entry = out.length ? out[Math.floor(rng.next() * out.length)] : null;
      if (!entry) break;
      title = collection.items.get(entry[0]).titleId;
    }
    const res = await send('POST', '/api/holds', { card: rng.pick(cards), title: title || rng.pick(titleIds), pickup: rng.pick(branches) });
    note('hold', res.status);
  }

  async function worker() {
    while (issued < total) {
      issued++;
      const r = rng.next();
      if (r < 0.3) await checkout();
      else if (r < 0.55) await giveBack();
      else if (r < 0.67) await renew();
      else if (r < 0.83) await account();
      else if (r < 1 - holdRate) await search();
      else await hold();
      tally.sent++;
    }
  }

  const t0 = Date.now();
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  agent.destroy();
  tally.seconds = (Date.now() - t0) / 1000;
  return tally;
}

module.exports = { replay };
