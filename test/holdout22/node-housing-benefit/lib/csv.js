'use strict';

// RFC 4180 style parsing: quoted fields, doubled quotes, commas inside quotes.
function parseCsvLine(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (quoted) {
      if (ch === 34) {
        if (line.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        field += line[i];
      }
    } else if (ch === 34) {
      quoted = true;
    } else if (ch === 44) {
      out.push(field);
      field = '';
    } else {
      field += line[i];
    }
  }
  out.push(field);
  return out;
}

function parseCsv(text) {
  const lines = text.split('\n');
  const header = parseCsvLine(lines[0]);
  const rows = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const values = parseCsvLine(lines[i]);
    const row = {};
    for (let c = 0; c < header.length; c++) row[header[c]] = values[c];
    rows.push(row);
  }
  return rows;
}

const NEEDS_QUOTES = /[",\n]/;
const QUOTE = /"/g;

function csvField(value) {
  const s = String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(QUOTE, '""')}"` : s;
}

module.exports = { parseCsv, parseCsvLine, csvField };
