'use strict';

function labelDate(rec) {
  if (!rec.eventDate) return 's.d.';
  if (rec.datePrecision === 'year') return String(rec.eventDate.getUTCFullYear());
  return rec.eventDate.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function wrap(text, width) {
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) { out.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

// Replacement determinavit / annotation label printed for each sheet.
function renderLabel(rec, herbariumName) {
  const lines = [herbariumName.toUpperCase(), ''];
  lines.push(`${rec.family || 'Familia incerta'}`);
  lines.push(`${rec.scientificName}`);
  lines.push(...wrap(`${rec.locality}; ${rec.habitat}.`, 42));
  if (rec.elevation !== null) lines.push(`Alt. ${rec.elevation} m`);
  lines.push(`${rec.recordedBy} ${rec.recordNumber}    ${labelDate(rec)}`);
  if (rec.duplicateOf) lines.push(`Dupl. of ${rec.duplicateOf}`);
  lines.push(rec.barcode);
  return lines.join('\n');
}

module.exports = { renderLabel };
