'use strict';
// Prints the share of each expected pattern in each recorded profile of
// manifest.json. Run `cd /work/main && npx tsc -b` first (uses libs/profile).
// The share of a pattern is the inclusive share of the samples whose stack
// holds the frames listed in SPECS (see shares.js for the spec syntax).
const path = require('node:path');
const { load, share } = require('./shares');

const SPECS = {
  'node-search-api': {
    'auth.js:17': 'pbkdf2:pbkdf2Sync',
    'highlight.js:11': 'highlight.js:highlightText',
    'page.js:11': 'page.js:loadTemplate',
    'respond.js:6': 'respond.js@6+respond.js@16',
  },
  'node-report-batch': {
    'format.js:17': 'format.js:formatDate',
    'batch.js:30': 'batch.js@30',
    'pricing.js:15': 'pricing.js:NoContractError+pricing.js@15',
  },
  'go-metrics': {
    'relabel.go:36': 'regexp.go:regexp.MustCompile',
    'aggregate.go:47': 'fmt/print.go:fmt.Sprintf',
    'aggregate.go:101': 'json/encode.go:encoding/json.Marshal+json/decode.go:encoding/json.Unmarshal',
  },
  'java-orders': {
    'src/LineFormatter.java:13': ':java.lang.String.format',
    'src/LineFormatter.java:11': ':java.text.NumberFormat.getCurrencyInstance',
    'src/LineFormatter.java:9': ':java.text.SimpleDateFormat.<init>',
    'src/SkuValidator.java:9': 'src/SkuValidator.java@9',
  },
};

const manifest = require('./manifest.json');
let weak = 0;
for (const entry of manifest) {
  for (const prof of entry.profiles) {
    const L = load(path.join(__dirname, entry.program, prof));
    const secs = L.type.unit === 'nanoseconds' ? L.total / 1e9 : L.total / 1e6;
    console.log(`${entry.program}/${prof}  ${L.type.type}  ${secs.toFixed(2)} s`);
    for (const e of entry.expected) {
      const s = share(L, SPECS[entry.program][e.where]);
      if (s < 0.03) weak++;
      console.log(`  ${(100 * s).toFixed(1).padStart(5)}%  ${e.category}  ${e.where}`);
    }
  }
}
if (weak) {
  console.log(`${weak} expected pattern(s) under 3 %`);
  process.exitCode = 1;
}
