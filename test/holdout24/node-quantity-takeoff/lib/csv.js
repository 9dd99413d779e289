'use strict';

function parseLine(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(field); field = ''; }
    else field += ch;
  }
  out.push(field);
  return out;
}

function parseCsv(text) {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = parseLine(lines[0]).map((h) => h.trim());
  const rows = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = parseLine(lines[i]);
    const row = { _line: i + 1 };
    for (let c = 0; c < header.length; c++) row[header[c]] = cells[c] === undefined ? '' : cells[c];
    rows.push(row);
  }
  return rows;
}

function quote(value) {
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(header, rows) {
  const out = [header.map(quote).join(',')];
  for (const r of rows) out.push(header.map((h) => quote(r[h] ?? '')).join(','));
  return out.join('\n') + '\n';
}

module.exports = { parseCsv, toCsv };
