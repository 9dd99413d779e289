'use strict';

function splitCsvLine(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (quoted) {
      if (ch === 34) {
        if (line.charCodeAt(i + 1) === 34) {
          field += '"';
          i++;
        } else quoted = false;
      } else field += line[i];
    } else if (ch === 34) quoted = true;
    else if (ch === 44) {
      out.push(field);
      field = '';
    } else field += line[i];
  }
  out.push(field);
  return out;
}

function parseCsv(text) {
  const lines = text.split('\n');
  const header = splitCsvLine(lines[0]);
  const rows = new Array(lines.length - 1);
  for (let i = 1; i < lines.length; i++) {
    const cells = splitCsvLine(lines[i]);
    const row = {};
    for (let c = 0; c < header.length; c++) row[header[c]] = cells[c];
    rows[i - 1] = row;
  }
  return rows;
}

module.exports = { parseCsv };
