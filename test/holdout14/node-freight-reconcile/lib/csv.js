'use strict';

// Minimal RFC-4180 style splitter: handles quoted fields and doubled quotes.
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
          i++;
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

module.exports = { parseCsvLine };
