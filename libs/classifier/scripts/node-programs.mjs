// Generates small Node programs for the classifier's training data. Each program plants one
// pattern (a category of DESIGN.md) or none in ordinary work, inside a randomly chosen wrapper
// (batch loop, service class, closures, a real local HTTP server, an event emitter, an async
// pipeline), with random names, and sometimes behind a vendored client library under
// node_modules/. The generator knows which functions hold the planted pattern: their names go
// in the program's label, so the labeller can tell the planted stacks from the ordinary ones.
//
// A program is { name, category, files: { relativePath: text }, entry, planted: [function names] }.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = 'order invoice ledger account payment shipment catalog product customer tenant quote report batch record event metric asset ticket session profile document item entry rate price stock route query policy claim receipt journal'.split(' ');
const VERBS = 'build make load prepare resolve compute render handle process apply check verify fetch normalize enrich collect format convert map score merge sync'.split(' ');
const VENDORS = 'acme globex initech umbrella hooli soylent vandelay stark wayne tyrell'.split(' ');
const KINDS = 'client gateway connector adapter service api sdk bridge'.split(' ');

const cap = (s) => s[0].toUpperCase() + s.slice(1);

export function namer(random) {
  const used = new Set();
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const fresh = (make) => {
    for (let i = 0; ; i++) {
      const n = make() + (i > 3 ? i : '');
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
  };
  return {
    pick,
    fn: () => fresh(() => pick(VERBS) + cap(pick(NOUNS)) + (random() < 0.3 ? cap(pick(NOUNS)) : '')),
    cls: () => fresh(() => cap(pick(NOUNS)) + cap(pick(['Service', 'Manager', 'Store', 'Engine', 'Processor', 'Repository', 'Worker']))),
    client: () => fresh(() => cap(pick(VENDORS)) + cap(pick(NOUNS)) + cap(pick(['Client', 'Gateway', 'Connector', 'Api', 'Sdk']))),
    pkg: () => fresh(() => `${pick(VENDORS)}-${pick(NOUNS)}-${pick(KINDS)}`),
    file: () => fresh(() => pick(NOUNS) + (random() < 0.5 ? '-' + pick(['service', 'util', 'handler', 'core', 'lib', 'jobs']) : '')),
  };
}

// ---------------------------------------------------------------------------------------------
// Ordinary work: what clean programs do, and what the planted pattern hides among.

const TERMS = 'refund ship cancel invoice alpha gamma delta order urgent fragile return express customs late damaged'.split(' ');

const FILLERS = [
  (f) => `function ${f}(item) {
  let acc = 0;
  for (let i = 0; i < 400; i++) acc += Math.sqrt(item.n * i + 1) * Math.sin(i);
  return acc;
}`,
  (f) => `function ${f}(item) {
  const xs = [];
  for (let i = 0; i < 200; i++) xs.push((item.n * 7919 + i * 104729) % 1000);
  xs.sort((a, b) => a - b);
  return xs[100];
}`,
  (f) => `function ${f}(item) {
  const parts = [];
  for (let i = 0; i < 40; i++) parts.push(item.name + ':' + i);
  return parts.join(',').length;
}`,
  (f) => `function ${f}(item) {
  const m = new Map();
  for (let i = 0; i < 150; i++) m.set('k' + (i % 37), (m.get('k' + (i % 37)) || 0) + item.n);
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}`,
  (f) => `const crypto_${f} = require('crypto');
const buf_${f} = Buffer.alloc(4096, 7);
function ${f}(item) {
  if (item.n % 8 !== 0) return 0;
  return crypto_${f}.createHash('sha256').update(buf_${f}).update(String(item.n)).digest('hex').length;
}`,
  (f) => `function ${f}(item) {
  const a = new Float64Array(256);
  for (let i = 0; i < a.length; i++) a[i] = (item.n + i) * 0.5;
  let best = -Infinity;
  for (let i = 1; i < a.length; i++) best = Math.max(best, a[i] - a[i - 1] + a[(i * 7) % a.length]);
  return best;
}`,
  (f) => `function ${f}(item) {
  let h = 2166136261;
  const s = item.name.repeat(8);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}`,
  (f) => `function ${f}(item) {
  const rows = item.tags.map((t, i) => ({ t, w: (i + 1) * item.n }));
  return rows.reduce((s, r) => s + r.w, 0) + rows.filter((r) => r.w % 2).length;
}`,
  (f) => `function ${f}(item) {
  let s = '';
  for (let i = 0; i < 30; i++) s += String.fromCharCode(97 + ((item.n + i) % 26));
  return s.toUpperCase().split('').reverse().join('').length;
}`,
  // Regular expressions compiled once, at load, and kept: running a table of them is ordinary work.
  (f) => `const TERMS_${f} = ${JSON.stringify(TERMS.slice(0, 4 + ((f.length * 7 + f.charCodeAt(0)) % 11)))};
const RULES_${f} = TERMS_${f}.map((t) => new RegExp('\\\\b' + t + '(?:s|ed|ing)?\\\\b', 'i'));
function ${f}(item) {
  let hits = 0;
  for (const re of RULES_${f}) if (re.test(item.text) || re.test(item.name)) hits++;
  return hits;
}`,
  (f) => `const VARS_${f} = ['name', 'city', 'zip'].map((k) => [k, new RegExp('\\\\{\\\\{\\\\s*' + k + '\\\\s*\\\\}\\\\}', 'g')]);
function ${f}(item) {
  let out = item.text;
  for (const [k, re] of VARS_${f}) out = out.replace(re, item.vars[k]);
  return out.length;
}`,
  (f) => `function ${f}(item) {
  const grid = [];
  for (let r = 0; r < 12; r++) { const row = []; for (let c = 0; c < 12; c++) row.push((r * c + item.n) % 10); grid.push(row); }
  let t = 0;
  for (let r = 0; r < 12; r++) for (let c = 0; c < 12; c++) t += grid[r][c] * grid[c][r];
  return t;
}`,
  // A renderer that matches each line against a few kept expressions and does most of its work
  // itself (escaping, building the output): its own time is large beside the expressions it runs,
  // as a function's is that compiles them per call, but these are compiled once.
  (f) => `const HEAD_${f} = /^(#{1,3})\\s+(.*)$/;
const ITEM_${f} = /^[-*]\\s+(.*)$/;
const NUM_${f} = /^\\d+\\.\\s+(.*)$/;
const RULE_${f} = /^-{3,}$/;
function ${f}(item) {
  const lines = [item.text, '# ' + item.name, '- ' + item.tags[0], '1. ' + item.vars.city, '---', item.text.toUpperCase()];
  let out = '';
  for (let r = 0; r < 4; r++) {
    for (const line of lines) {
      let m;
      if ((m = HEAD_${f}.exec(line))) out += '<h' + m[1].length + '>' + m[2] + '</h' + m[1].length + '>';
      else if ((m = ITEM_${f}.exec(line)) || (m = NUM_${f}.exec(line))) out += '<li>' + m[1] + '</li>';
      else if (RULE_${f}.test(line)) out += '<hr>';
      else {
        let esc = '';
        for (let i = 0; i < line.length; i++) {
          const c = line.charCodeAt(i);
          esc += c === 60 ? '&lt;' : c === 62 ? '&gt;' : c === 38 ? '&amp;' : line[i];
        }
        out += '<p>' + esc + '</p>';
      }
    }
  }
  return out.length;
}`,
  // Value objects built per item, whose constructors do their own work: a class's own time that is
  // no error and no client.
  (f) => `class ${cap(f)}Line {
  constructor(sku, qty, cents) {
    this.sku = sku.trim().toUpperCase();
    this.qty = Math.max(1, qty | 0);
    this.cents = Math.round(cents);
    this.total = this.qty * this.cents;
    this.label = this.sku + ' x' + this.qty + ' @ ' + (this.cents / 100).toFixed(2);
  }
}
function ${f}(item) {
  let sum = 0;
  for (const l of item.doc.lines) sum += new ${cap(f)}Line(' ' + l.sku + ' ', l.qty, l.price * 100 + item.n % 7).total;
  return sum;
}`,
];

// ---------------------------------------------------------------------------------------------
// Patterns. Each returns { app: code in the app file, lib?: { pkg, code, exports }, entry: the
// per-item function the wrapper calls, planted: names whose stacks carry the pattern, setup?: code
// run once at start (async allowed), files?: extra files }.

const CONFIG = JSON.stringify({ region: 'eu-west-1', retries: 3, timeoutMs: 2500, endpoints: Array.from({ length: 24 }, (_, i) => ({ name: 'svc' + i, url: 'https://svc' + i + '.internal.example:8443/v1', weight: i % 5 })) });

const PATTERNS = {
  'client-construction-in-hot-path': (n, random) => {
    const Client = n.client();
    const call = n.fn();
    const entry = n.fn();
    const parts = [
      `this.agent = new https.Agent({ keepAlive: true, maxSockets: ${8 + Math.floor(random() * 56)} });`,
      random() < 0.6 ? `this.tls = tls.createSecureContext({ minVersion: 'TLSv1.2' });` : `this.http = new http.Agent({ keepAlive: true });`,
    ];
    if (random() < 0.6) parts.push(`this.config = JSON.parse(CONFIG_TEXT);`);
    if (random() < 0.5) parts.push(`this.routes = ROUTES.map((r) => new RegExp('^' + r.replace(/:\\w+/g, '([^/]+)') + '$'));`);
    if (random() < 0.5) parts.push(`this.base = new URL(opts.endpoint);`);
    if (random() < 0.4) parts.push(`this.signer = crypto.createHmac('sha256', opts.secret);`);
    // An SDK that authenticates with a service account: it parses its key, and often signs its first
    // access token, as it is built.
    const keyed = random() < 0.5;
    if (keyed) parts.push(`this.key = crypto.createPrivateKey(SERVICE_KEY);`);
    if (keyed && random() < 0.6) parts.push(`this.token = crypto.sign('sha256', Buffer.from(JSON.stringify({ iss: opts.endpoint, scope: 'rw' })), this.key).toString('base64url');`);
    const resolve = n.fn();
    const deep = random() < 0.5;
    if (deep) parts.push(`this.settings = ${resolve}(DEFAULTS, opts, 0);`);
    const clientCode = `const https = require('https');
const http = require('http');
const tls = require('tls');
const crypto = require('crypto');
const CONFIG_TEXT = ${JSON.stringify(CONFIG)};
const SERVICE_KEY = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
const ROUTES = ['/v1/orders/:id', '/v1/orders/:id/items', '/v1/customers/:cid', '/v2/quotes/:qid/lines/:lid', '/health'];
const DEFAULTS = { retry: { attempts: 3, backoff: { base: 50, max: 2000, jitter: true } }, pool: { size: 16, idle: 30000 }, codecs: ['json', 'msgpack', 'cbor'].map((c, i) => ({ c, prio: i, opts: { strict: i % 2 === 0, limits: { depth: 32, bytes: 1 << 20 } } })), regions: Array.from({ length: 16 }, (_, i) => ({ id: 'r' + i, weight: i % 4, tags: { tier: 'gold', zone: 'z' + (i % 3) } })) };
function ${resolve}(base, over, depth) {
  if (depth > 8 || base === null || typeof base !== 'object') return over === undefined ? base : over;
  const out = Array.isArray(base) ? [] : {};
  for (const k of Object.keys(base)) out[k] = ${resolve}(base[k], over && typeof over === 'object' ? over[k] : undefined, depth + 1);
  return out;
}
class ${Client} {
  constructor(opts) {
    ${parts.join('\n    ')}
  }
  ${call}(item) {
    return (this.agent.maxSockets + item.n) % 7;
  }
}`;
    const inLib = random() < 0.5;
    if (inLib) {
      const pkg = n.pkg();
      return {
        lib: { pkg, code: `${clientCode}\nmodule.exports = { ${Client} };` },
        app: `const { ${Client} } = require('${pkg}');
function ${entry}(item) {
  const c = new ${Client}({ endpoint: 'https://api.example.com/' + (item.n % 5), secret: 's3cr3t' });
  return c.${call}(item);
}`,
        entry,
        planted: [Client, ...(deep ? [resolve] : [])],
      };
    }
    return {
      app: `${clientCode}
function ${entry}(item) {
  const c = new ${Client}({ endpoint: 'https://api.example.com/' + (item.n % 5), secret: 's3cr3t' });
  return c.${call}(item);
}`,
      entry,
      planted: [Client, ...(deep ? [resolve] : [])],
    };
  },

  'regex-compilation-in-hot-path': (n, random) => {
    const entry = n.fn();
    const bodies = [
      `const words = item.tags;
  let hits = 0;
  for (const w of words) {
    const re = new RegExp('\\\\b' + w.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&') + '(\\\\d+|[a-z]{2,})\\\\b', 'i');
    if (re.test(item.text)) hits++;
  }
  return hits;`,
      `let out = item.text;
  for (const [k, v] of Object.entries(item.vars)) out = out.replace(new RegExp('\\\\{\\\\{\\\\s*' + k + '\\\\s*\\\\}\\\\}', 'g'), v);
  return out.length;`,
      `const sep = item.tags[item.n % item.tags.length];
  const re = new RegExp('[' + sep.slice(0, 3) + ']+|\\\\s*' + item.n % 97 + '\\\\s*');
  return item.text.split(re).length;`,
      `const rules = item.tags.map((t, i) => new RegExp('^(?:' + t + '|' + t.toUpperCase() + ')[-_]?' + (item.n + i) % 50 + '$'));
  return rules.filter((r) => r.test(item.name)).length;`,
      // The same few sources every call, from a rules table: V8's cache makes each compile cheap, not free.
      `let hits = 0;
  for (const rule of RULES) if (new RegExp('\\\\b(?:' + rule.join('|') + ')\\\\b', 'i').test(item.text)) hits++;
  return hits;`,
      `let c = 0;
  for (const a of RULES.flat()) if (new RegExp('\\\\b' + escapeRe(a) + '\\\\b', 'i').test(item.text + ' ' + item.name)) c++;
  return c;`,
    ];
    const terms = TERMS.slice();
    const rules = Array.from({ length: 4 + Math.floor(random() * 11) }, () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => terms[Math.floor(random() * terms.length)]));
    const table = `const RULES = ${JSON.stringify(rules)};
function escapeRe(s) {
  return s.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&');
}
`;
    const variant = Math.floor(random() * bodies.length);
    return { app: `${variant >= 4 ? table : ''}function ${entry}(item) {\n  ${bodies[variant]}\n}`, entry, planted: [entry] };
  },

  'serialization-overhead': (n, random) => {
    const entry = n.fn();
    const variant = Math.floor(random() * 4);
    const bodies = [
      `const copy = JSON.parse(JSON.stringify(item.doc));
  copy.seen = true;
  return copy.lines.length;`,
      `const copy = structuredClone(item.doc);
  return copy.lines.length;`,
      `const key = JSON.stringify({ doc: item.doc, n: item.n % 10 });
  return key.length;`,
      `const text = JSON.stringify(item.doc);
  const back = JSON.parse(text);
  return back.lines.reduce((s, l) => s + l.qty, 0);`,
    ];
    return { app: `function ${entry}(item) {\n  ${bodies[variant]}\n}`, entry, planted: [entry] };
  },

  'sync-io-on-request-path': (n, random) => {
    const entry = n.fn();
    const variant = Math.floor(random() * 4);
    const bodies = [
      `const cfg = fs.readFileSync(CONFIG_PATH, 'utf8');
  return cfg.length + item.n;`,
      `const st = fs.statSync(CONFIG_PATH);
  const ok = fs.existsSync(CONFIG_PATH + '.missing');
  return st.size + (ok ? 1 : 0);`,
      `const z = zlib.gzipSync(Buffer.from(item.text.repeat(20)));
  return zlib.gunzipSync(z).length;`,
      `fs.writeFileSync(SCRATCH_PATH, item.text);
  return fs.readFileSync(SCRATCH_PATH).length;`,
    ];
    return {
      app: `const fs = require('fs');
const zlib = require('zlib');
const os = require('os');
const path = require('path');
const CONFIG_PATH = path.join(os.tmpdir(), 'hotpath-gen-config-' + process.pid + '.json');
const SCRATCH_PATH = path.join(os.tmpdir(), 'hotpath-gen-scratch-' + process.pid + '.txt');
fs.writeFileSync(CONFIG_PATH, ${JSON.stringify(CONFIG)});
process.on('exit', () => { try { fs.unlinkSync(CONFIG_PATH); fs.unlinkSync(SCRATCH_PATH); } catch {} });
function ${entry}(item) {\n  ${bodies[variant]}\n}`,
      entry,
      planted: [entry],
    };
  },

  'sync-crypto-on-request-path': (n, random) => {
    const entry = n.fn();
    const variant = Math.floor(random() * 3);
    const bodies = [
      `return crypto.pbkdf2Sync(item.name, 'salt-' + (item.n % 4), ${500 + Math.floor(random() * 1500)}, 32, 'sha256').length;`,
      `return crypto.scryptSync(item.name, 'salt-' + (item.n % 4), 32, { N: ${[512, 1024, 2048][Math.floor(random() * 3)]} }).length;`,
      `const k = crypto.pbkdf2Sync(item.name, 'pepper', ${300 + Math.floor(random() * 800)}, 64, 'sha512');
  return crypto.timingSafeEqual(k, k) ? 1 : 0;`,
    ];
    return { app: `const crypto = require('crypto');\nfunction ${entry}(item) {\n  ${bodies[variant]}\n}`, entry, planted: [entry] };
  },

  'quadratic-collection-scan': (n, random) => {
    const entry = n.fn();
    const size = 300 + Math.floor(random() * 700);
    const variant = Math.floor(random() * 4);
    const bodies = [
      `let c = 0;
  for (const x of CATALOG) if (item.ids.includes(x.id)) c++;
  return c;`,
      `let c = 0;
  for (const id of item.ids) if (CATALOG_IDS.indexOf(id) >= 0) c++;
  return c;`,
      `return item.ids.map((id) => CATALOG.find((p) => p.id === id)).filter(Boolean).length;`,
      `let c = 0;
  for (const id of item.ids) c += CATALOG.filter((p) => p.id === id || p.alt === id).length;
  return c;`,
    ];
    return {
      app: `const CATALOG = Array.from({ length: ${size} }, (_, i) => ({ id: 'p' + i, alt: 'a' + (i * 7), price: i % 100 }));
const CATALOG_IDS = CATALOG.map((p) => p.id);
function ${entry}(item) {\n  ${bodies[variant]}\n}`,
      entry,
      planted: [entry],
    };
  },

  'exception-as-control-flow': (n, random) => {
    // As services write it: a validator throws the program's own error class (sometimes a subclass of
    // another, sometimes from a module of errors, sometimes a helper or two below the try), and the
    // caller catches it to skip the item. V8 captures the stack in the base class's own time.
    const entry = n.fn();
    const check = n.fn();
    const custom = random() < 0.8;
    const Err = custom ? cap(n.pick(NOUNS)) + n.pick(['Error', 'Rejected', 'Invalid', 'Violation', 'Failure']) : 'Error';
    const Base = custom && random() < 0.4 ? cap(n.pick(NOUNS)) + 'Error' : null;
    const code = n.pick(['E_INVALID', 'NOT_FOUND', 'OUT_OF_RANGE', 'BAD_FORMAT', 'EXPIRED']);
    const body = [
      (parent) => `super(m); this.code = code;`,
      (parent) => `super(\`\${code}: \${m}\`); this.name = '${Err}'; this.code = code; this.at = Date.now();`,
      (parent) => `super(m); this.name = this.constructor.name; this.code = code; this.detail = { code, when: ${parent ? "'late'" : "'now'"} };`,
    ][Math.floor(random() * 3)];
    const classes = !custom
      ? ''
      : Base
        ? `class ${Base} extends Error {\n  constructor(m, code) { super(m); this.code = code; }\n}\nclass ${Err} extends ${Base} {\n  constructor(m, code) { ${body(Base).replace('this.code = code; ', '').replace(/^super\(m\); /, 'super(m, code); ')} }\n}\n`
        : `class ${Err} extends Error {\n  constructor(m, code) { ${body(null)} }\n}\n`;
    const inModule = custom && random() < 0.5;
    const errorsFile = n.file();
    const every = 2 + Math.floor(random() * 4);
    const tries = 6 + Math.floor(random() * 12);
    const field = random() < 0.5 ? n.fn() : null;
    const thrower = field ?? check;
    const raise = `throw new ${Err}('value ' + v + ' rejected at ' + i${custom ? `, '${code}'` : ''});`;
    const validators = field
      ? `function ${field}(v, i) {\n  if ((v + i) % ${every} !== 0) ${raise}\n  return v;\n}\nfunction ${check}(v, i) {\n  return ${field}(v, i) + 1;\n}`
      : `function ${check}(v, i) {\n  if ((v + i) % ${every} !== 0) ${raise}\n  return v;\n}`;
    const names = [Err, ...(Base ? [Base] : [])];
    const app = `${inModule ? `const { ${names.join(', ')} } = require('./${errorsFile}');\n` : custom ? classes : ''}${validators}
function ${entry}(item) {
  let ok = 0;
  for (let i = 0; i < ${tries}; i++) {
    try { ${check}(item.n, i); ok++; } catch (e) { if (!(e instanceof ${Err})) throw e; }
  }
  return ok;
}`;
    return {
      app,
      files: inModule ? { [`${errorsFile}.js`]: `${classes}module.exports = { ${names.join(', ')} };\n` } : undefined,
      entry,
      planted: [entry, check, ...(thrower !== check ? [thrower] : []), ...(custom ? names : [])],
    };
  },

  'locale-formatter-construction': (n, random) => {
    const entry = n.fn();
    const variant = Math.floor(random() * 4);
    const locales = ['de-DE', 'fr-FR', 'en-US', 'ja-JP', 'pt-BR'];
    const loc = locales[Math.floor(random() * locales.length)];
    const bodies = [
      `return new Intl.NumberFormat('${loc}', { style: 'currency', currency: 'EUR' }).format(item.n / 100);`,
      `return new Date(1700000000000 + item.n * 86400000).toLocaleDateString('${loc}', { year: 'numeric', month: 'long', day: 'numeric' });`,
      `return (item.n * 1.5).toLocaleString('${loc}', { maximumFractionDigits: 2 });`,
      `return new Intl.DateTimeFormat('${loc}', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(1700000000000 + item.n * 1000));`,
    ];
    return { app: `function ${entry}(item) {\n  ${bodies[variant]}\n}`, entry, planted: [entry] };
  },

  'string-formatting-overhead': (n, random) => {
    // As services write it: a fixed-width row, a key or a label built per item and per field through
    // util.format and padding, where a template would do. The formatter is the program's own
    // function, a kept formatter object's method or a small sprintf-like library; nothing is logged.
    const entry = n.fn();
    const field = n.fn();
    const Fmt = cap(n.pick(NOUNS)) + n.pick(['Formatter', 'Printer', 'Layout', 'Row']);
    const method = n.pick(['row', 'line', 'render', 'cell', 'key']);
    const spec = n.pick(['%s|%s|%d|%s', '%s %s %i %s', '%s;%s;%d;%s', '[%s] %s #%d %s']);
    const fieldCode = [
      `function ${field}(v, w) {\n  return util.format('%s', v).padStart(w, ' ');\n}`,
      `function ${field}(v, w) {\n  return util.format(typeof v === 'number' ? '%d' : '%s', v).padEnd(w, '.');\n}`,
      `function ${field}(v, w) {\n  const s = util.format('%s', v);\n  return s.length >= w ? s.slice(0, w) : ' '.repeat(w - s.length) + s;\n}`,
    ][Math.floor(random() * 3)];
    const perLine = `util.format('${spec}', ${field}(l.sku, 12), ${field}(l.qty, 4), l.qty * 100 + item.n, ${field}((l.price * l.qty).toFixed(2), 10))`;
    const variant = Math.floor(random() * 3);
    const inLib = variant === 2;
    const pkg = inLib ? n.pkg() : null;
    const libCode = `const util = require('util');
${fieldCode}
function ${method}(item, l) {
  return ${perLine};
}
module.exports = { ${field}, ${method} };`;
    const app = [
      `const util = require('util');
${fieldCode}
function ${entry}(item) {
  let out = 0;
  for (const l of item.doc.lines) out += ${perLine}.length;
  return out + util.format('%s:%d', item.name, item.n).length;
}`,
      `const util = require('util');
${fieldCode}
class ${Fmt} {
  ${method}(item, l) {
    return ${perLine};
  }
}
const fmt = new ${Fmt}();
function ${entry}(item) {
  let out = 0;
  for (const l of item.doc.lines) out += fmt.${method}(item, l).length;
  return out;
}`,
      `const { ${method} } = require('${pkg}');
function ${entry}(item) {
  let out = 0;
  for (const l of item.doc.lines) out += ${method}(item, l).length;
  return out;
}`,
    ][variant];
    return {
      app,
      lib: inLib ? { pkg, code: libCode } : undefined,
      entry,
      planted: [entry, field, ...(variant === 1 ? [Fmt, method] : variant === 2 ? [method] : [])],
    };
  },

  'logging-overhead': (n, random) => {
    const Logger = cap(n.pick(VENDORS)) + 'Logger';
    const log = n.pick(['debug', 'trace', 'info', 'log']);
    const entry = n.fn();
    const caller = random() < 0.5;
    const code = `const util = require('util');
const { Writable } = require('stream');
class ${Logger} {
  constructor(level) {
    this.level = level;
    this.sink = new Writable({ write(chunk, enc, cb) { cb(); } });
  }
  ${log}(msg, ...args) {
    const line = util.format(msg, ...args) + ' ' + util.inspect(args[args.length - 1], { depth: 4 });
    ${caller ? "const where = new Error().stack.split('\\n')[2];" : "const where = '';"}
    if (this.level > 1) return line.length;
    this.sink.write(where + line + '\\n');
    return line.length;
  }
}`;
    const inLib = random() < 0.5;
    const app = `const logger = new ${Logger}(${random() < 0.5 ? 2 : 1});
function ${entry}(item) {
  return logger.${log}('%s processed %d lines for %s', item.name, item.n, item.tags.join('/'), item.doc);
}`;
    if (inLib) {
      const pkg = n.pkg();
      return { lib: { pkg, code: `${code}\nmodule.exports = { ${Logger} };` }, app: `const { ${Logger} } = require('${pkg}');\n${app}`, entry, planted: [entry, Logger, log] };
    }
    return { app: `${code}\n${app}`, entry, planted: [entry, Logger, log] };
  },

  'excessive-allocation': (n, random) => {
    const entry = n.fn();
    const variant = Math.floor(random() * 3);
    const bodies = [
      `let rows = [];
  for (let i = 0; i < 300; i++) rows = rows.concat([{ i, v: item.n * i, tags: item.tags.slice() }]);
  return rows.length;`,
      `const chunks = [];
  for (let i = 0; i < 40; i++) chunks.push(Buffer.alloc(4096 + i));
  return chunks.reduce((s, b) => s + b.length, 0);`,
      `let acc = { n: 0 };
  for (let i = 0; i < 400; i++) acc = { ...acc, n: acc.n + i, ['k' + (i % 20)]: [i, item.n] };
  return acc.n;`,
    ];
    return { app: `function ${entry}(item) {\n  ${bodies[variant]}\n}`, entry, planted: [entry, '(garbage collector)'] };
  },

  'module-loading-in-hot-path': (n, random) => {
    const entry = n.fn();
    const mod = n.file();
    return {
      files: {
        [`${mod}.js`]: `module.exports = { rate: (x) => x * 1.19, table: ${JSON.stringify(Array.from({ length: 200 }, (_, i) => i * 3))} };\n`,
      },
      app: `const path = require('path');
function ${entry}(item) {
  const p = path.join(__dirname, '${mod}.js');
  delete require.cache[p];
  const m = require(p);
  return m.rate(item.n) + m.table.length;
}`,
      entry,
      planted: [entry],
    };
  },

  'connection-without-keepalive': (n, random) => {
    const entry = n.fn();
    return {
      setup: `const http = require('http');
const srv = http.createServer((req, res) => res.end('ok'));
await new Promise((r) => srv.listen(0, '127.0.0.1', r));
globalThis.__port = srv.address().port;
globalThis.__close = () => srv.close();`,
      app: `const httpc = require('http');
function ${entry}(item) {
  return new Promise((resolve, reject) => {
    const req = httpc.get({ host: '127.0.0.1', port: globalThis.__port, path: '/p/' + item.n, agent: ${random() < 0.5 ? 'false' : 'new httpc.Agent({ keepAlive: false })'} }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
  });
}`,
      entry,
      async: true,
      planted: [entry],
    };
  },
};

export const NODE_CATEGORIES = Object.keys(PATTERNS);

// ---------------------------------------------------------------------------------------------
// Wrappers: how the program drives its per-item work.

function wrap(style, n, calls, isAsync) {
  const maybeAwait = isAsync ? 'await ' : '';
  const worker = n.fn();
  const body = calls.map((c) => `  out += Number(${maybeAwait}${c}(item)) || 0;`).join('\n');
  switch (style) {
    case 'class': {
      const Cls = n.cls();
      const m = n.fn();
      return {
        code: `class ${Cls} {
  constructor() { this.count = 0; }
  ${isAsync ? 'async ' : ''}${m}(item) {
    let out = 0;
${body.replace(/^/gm, '  ')}
    this.count++;
    return out;
  }
}
const svc = new ${Cls}();
async function drive(items, deadline) {
  let i = 0;
  while (Date.now() < deadline) ${maybeAwait}svc.${m}(items[i++ % items.length]);
}`,
        kind: 'class',
      };
    }
    case 'closure': {
      const make = n.fn();
      return {
        code: `function ${make}(opts) {
  return ${isAsync ? 'async ' : ''}(item) => {
    let out = opts.base;
${body}
    return out;
  };
}
const ${worker} = ${make}({ base: 1 });
async function drive(items, deadline) {
  let i = 0;
  while (Date.now() < deadline) ${maybeAwait}${worker}(items[i++ % items.length]);
}`,
      };
    }
    case 'http':
      return {
        code: `const serverHttp = require('http');
async function ${worker}(item) {
  let out = 0;
${body}
  return out;
}
async function drive(items, deadline) {
  let i = 0;
  const server = serverHttp.createServer(async (req, res) => {
    const item = items[Number(req.url.slice(1)) % items.length];
    const out = await ${worker}(item);
    res.end(String(out));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const agent = new serverHttp.Agent({ keepAlive: true, maxSockets: 4 });
  const port = server.address().port;
  const get = (k) => new Promise((resolve, reject) => serverHttp.get({ host: '127.0.0.1', port, path: '/' + k, agent }, (res) => { res.resume(); res.on('end', resolve); }).on('error', reject));
  while (Date.now() < deadline) await Promise.all([get(i++), get(i++), get(i++), get(i++)]);
  agent.destroy();
  server.close();
}`,
      };
    case 'emitter': {
      return {
        code: `const { EventEmitter } = require('events');
const bus = new EventEmitter();
let total = 0;
bus.on('job', ${isAsync ? 'async ' : ''}function ${worker}(item) {
  let out = 0;
${body}
  total += out;
});
async function drive(items, deadline) {
  let i = 0;
  while (Date.now() < deadline) {
    for (let k = 0; k < 20; k++) bus.emit('job', items[i++ % items.length]);
    await new Promise((r) => setImmediate(r));
  }
}`,
      };
    }
    case 'async':
      return {
        code: `async function ${worker}(item) {
  let out = 0;
  await null;
${body}
  return out;
}
async function drive(items, deadline) {
  let i = 0;
  while (Date.now() < deadline) await Promise.all([${worker}(items[i++ % items.length]), ${worker}(items[i++ % items.length])]);
}`,
      };
    default:
      return {
        code: `${isAsync ? 'async ' : ''}function ${worker}(item) {
  let out = 0;
${body}
  return out;
}
async function drive(items, deadline) {
  let i = 0;
  while (Date.now() < deadline) {
    for (let k = 0; k < 50; k++) ${maybeAwait}${worker}(items[i++ % items.length]);
  }
}`,
      };
  }
}

export const WRAPPERS = ['batch', 'class', 'closure', 'http', 'emitter', 'async'];

const ITEMS = `const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'omega', 'sigma', 'kappa', 'zeta'];
const items = Array.from({ length: 500 }, (_, i) => ({
  n: i * 31 + 7,
  name: 'item-' + i,
  text: 'order ' + i + ' for alpha42 beta gamma-7 {{ name }} shipped to {{ city }} via delta9 on ' + i % 28,
  tags: [WORDS[i % 8], WORDS[(i * 3) % 8], WORDS[(i * 5) % 8]],
  vars: { name: 'n' + i, city: 'c' + (i % 9), zip: String(10000 + i) },
  ids: Array.from({ length: 40 }, (_, k) => 'p' + ((i * 13 + k * 17) % 1200)),
  doc: { id: i, customer: { id: 'c' + i, name: 'Customer ' + i, address: { street: 'Main ' + i, city: 'Town' } }, lines: Array.from({ length: 12 }, (_, k) => ({ sku: 'sku-' + k, qty: k + 1, price: k * 2.5, meta: { k, note: 'n' + k } })) },
}));`;

/**
 * One program: `category` null for a clean one. The program runs its work for `millis`
 * milliseconds (after a warm-up of a tenth of that), then exits.
 */
export function nodeProgram(name, category, seed, millis = 1500) {
  const random = mulberry32(seed);
  const n = namer(random);
  const pattern = category ? PATTERNS[category](n, random) : null;
  const fillerCount = 1 + Math.floor(random() * 3);
  const fillers = [];
  const fillerNames = [];
  const pool = FILLERS.map((_, i) => i);
  for (let k = 0; k < fillerCount + (category ? 0 : 1); k++) {
    const idx = pool.splice(Math.floor(random() * pool.length), 1)[0];
    const f = n.fn();
    fillerNames.push(f);
    fillers.push(FILLERS[idx](f));
  }
  const calls = [...fillerNames];
  if (pattern) calls.splice(Math.floor(random() * (calls.length + 1)), 0, pattern.entry);
  const style = WRAPPERS[Math.floor(random() * WRAPPERS.length)];
  const wrapper = wrap(style, n, calls, Boolean(pattern?.async));
  const split = random() < 0.6;
  const files = {};
  const workFile = `${n.file()}.js`;
  const work = [pattern?.app ?? '', ...fillers].filter(Boolean).join('\n\n');
  const exported = [pattern?.entry, ...fillerNames].filter(Boolean);
  let main;
  if (split) {
    files[workFile] = `${work}\n\nmodule.exports = { ${exported.join(', ')} };\n`;
    main = `const { ${exported.join(', ')} } = require('./${workFile.replace(/\.js$/, '')}');\n${ITEMS}\n${wrapper.code}\n`;
  } else {
    main = `${work}\n${ITEMS}\n${wrapper.code}\n`;
  }
  main += `
(async () => {
  ${pattern?.setup ?? ''}
  await drive(items, Date.now() + ${Math.round(millis / 10)});
  await drive(items, Date.now() + ${millis});
  if (globalThis.__close) globalThis.__close();
})().catch((e) => { console.error(e); process.exit(1); });
`;
  files['main.js'] = main;
  if (pattern?.lib) files[`node_modules/${pattern.lib.pkg}/index.js`] = pattern.lib.code;
  Object.assign(files, pattern?.files ?? {});
  return { name, runtime: 'node', category: category ?? 'none', wrapper: style, entry: 'main.js', files, planted: pattern?.planted ?? [] };
}
