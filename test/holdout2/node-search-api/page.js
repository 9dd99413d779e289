'use strict';
// Renders the HTML fragment of a result page from templates/.
const fs = require('node:fs');
const path = require('node:path');

const TEMPLATE_DIR = path.join(__dirname, 'templates');

function loadTemplate(name) {
  const file = path.join(TEMPLATE_DIR, name);
  const info = fs.statSync(file);
  const source = fs.readFileSync(file, 'utf8');
  return { source, mtimeMs: info.mtimeMs };
}

function renderItem(hit) {
  const item = loadTemplate('item.html');
  return item.source
    .replace('{{sku}}', hit.sku)
    .replace('{{title}}', hit.title)
    .replace('{{price}}', hit.price)
    .replace('{{snippet}}', hit.snippet);
}

function renderResults(query, hits) {
  const layout = loadTemplate('results.html');
  const rows = hits.map(renderItem);
  return layout.source.replace(/\{\{query\}\}/g, query).replace('{{count}}', String(hits.length))
    .replace('{{items}}', rows.join('\n'));
}

module.exports = { renderResults };
