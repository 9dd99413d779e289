// `node bench/shared-cache.mjs`: what the keyed cache that libs/source's patches add
// (sharedRegExp, sharedNumberFormat) costs per call, against building the object every time.
// V8 caches compiled regular expressions by source and flags, so for RegExp the cache only
// pays off when its key is cheap: a JSON.stringify of the argument array was slower than
// `new RegExp` itself; the key the patches build now ("<length>:<text>" per argument) is not.
// The workload is orders-api's containsBlockedWord (40 words, one note) and invoice-batch's
// formatMoney (4 locale/currency pairs).

const WORDS = ['casino', 'lottery', 'bitcoin', 'crypto', 'viagra', 'loan', 'prize', 'winner', 'jackpot', 'bet', 'gamble', 'poker', 'payday', 'forex', 'nft', 'airdrop', 'giveaway', 'free money', 'cashback', 'bonus', 'click here', 'urgent', 'wire transfer', 'gift card', 'password', 'login', 'verify', 'account locked', 'investment', 'guaranteed', 'risk free', 'act now', 'limited offer', 'claim', 'refund', 'invoice due', 'bank details', 'ssn', 'pharmacy', 'pills'];
const NOTE = 'Please leave the parcel with the neighbour at number 12';
const PAIRS = [['de-DE', 'EUR'], ['en-US', 'USD'], ['en-GB', 'GBP'], ['de-CH', 'CHF']];

function cached(build, keyOf) {
  const cache = new Map();
  return (...args) => {
    const key = keyOf(...args);
    let value = key === undefined ? undefined : cache.get(key);
    if (value === undefined) {
      value = build(...args);
      if (key !== undefined) cache.set(key, value);
    }
    return value;
  };
}

const jsonKey = (...args) => (args.every((a) => a === undefined || typeof a === 'string') ? JSON.stringify(args) : undefined);
// The shape the patch generates: one string argument is its own key, several are length-prefixed.
const oneKey = (a) => (typeof a === 'string' ? a : undefined);
const twoKey = (a, b) => ((typeof a === 'string' || a === undefined) && (typeof b === 'string' || b === undefined) ? (a === undefined ? '-' : a.length + ':' + a) + (b === undefined ? '-' : b.length + ':' + b) : undefined);

const regExpJson = cached((s) => new RegExp(s, 'i'), jsonKey);
const regExpPatch = cached((s) => new RegExp(s, 'i'), oneKey);
const nfJson = cached((l, c) => new Intl.NumberFormat(l, { style: 'currency', currency: c }), jsonKey);
const nfPatch = cached((l, c) => new Intl.NumberFormat(l, { style: 'currency', currency: c }), twoKey);

const blocked = (get) => () => {
  for (const w of WORDS) if (get(`\\b${w}\\b`).test(NOTE)) return w;
  return null;
};
const money = (get) => () => {
  let n = 0;
  for (const [l, c] of PAIRS) n += get(l, c).format(1234.5).length;
  return n;
};

const cases = [
  ['containsBlockedWord: new RegExp per word', blocked((s) => new RegExp(s, 'i'))],
  ['containsBlockedWord: cache, JSON key', blocked(regExpJson)],
  ['containsBlockedWord: cache, patch key', blocked(regExpPatch)],
  ['formatMoney ×4: new Intl.NumberFormat', money((l, c) => new Intl.NumberFormat(l, { style: 'currency', currency: c }))],
  ['formatMoney ×4: cache, JSON key', money(nfJson)],
  ['formatMoney ×4: cache, patch key', money(nfPatch)],
];

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
console.log(`Node ${process.version}, best of ${RUNS}, µs per call`);
for (const [label, fn] of cases) {
  const ops = label.startsWith('formatMoney ×4: new') ? 2000 : 50000;
  for (let i = 0; i < ops / 4; i++) fn();
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < ops; i++) fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / ops / 1000);
  }
  console.log(`  ${label.padEnd(44)} ${best.toFixed(2).padStart(8)}`);
}
