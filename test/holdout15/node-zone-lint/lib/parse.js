'use strict';
// BIND master-file parser (RFC 1035 section 5) - enough for hosting customer zones.

const RR_TYPES = new Set(['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'SOA', 'CAA', 'PTR']);
const CLASSES = new Set(['IN', 'CH', 'HS']);
const TOKEN = /"(?:[^"\\]|\\.)*"|[^\s"]+/g;

function stripComment(line) {
  let inQuote = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch === 34 /* " */ && line.charCodeAt(i - 1) !== 92) inQuote = !inQuote;
    else if (ch === 59 /* ; */ && !inQuote) return line.slice(0, i);
  }
  return line;
}

function tokenize(line, out) {
  out.length = 0;
  TOKEN.lastIndex = 0;
  let m;
  while ((m = TOKEN.exec(line)) !== null) out.push(m[0]);
  return out;
}

function absolute(name, origin) {
  if (name === '@') return origin;
  if (name.endsWith('.')) return name.toLowerCase();
  return `${name}.${origin}`.toLowerCase();
}

function isNumeric(tok) {
  if (tok.length === 0) return false;
  for (let i = 0; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function parseZone(text, fileName) {
  const records = [];
  const problems = [];
  let origin = '';
  let defaultTtl = null;
  let lastOwner = null;
  let pending = null; // multi-line record inside ( )
  const tokens = [];
  const lines = text.split('\n');
  for (let lineNo = 0; lineNo < lines.length; lineNo++) {
    const raw = lines[lineNo];
    let line = stripComment(raw);
    if (pending) {
      pending.text += ` ${line}`;
      if (line.includes(')')) {
        line = pending.text.replace('(', ' ').replace(')', ' ');
        pending = null;
      } else continue;
    } else if (line.includes('(') && !line.includes(')')) {
      pending = { text: line, startsWithSpace: raw[0] === ' ' || raw[0] === '\t' };
      continue;
    }
    if (!line.trim()) continue;
    const startsBlank = line[0] === ' ' || line[0] === '\t';
    tokenize(line, tokens);
    if (tokens[0] === '$ORIGIN') {
      origin = tokens[1].toLowerCase();
      continue;
    }
    if (tokens[0] === '$TTL') {
      defaultTtl = Number(tokens[1]);
      continue;
    }
    let i = 0;
    let owner;
    if (startsBlank) owner = lastOwner;
    else owner = absolute(tokens[i++], origin);
    lastOwner = owner;
    let ttl = defaultTtl;
    let cls = 'IN';
    for (let k = 0; k < 2 && i < tokens.length; k++) {
      if (isNumeric(tokens[i])) ttl = Number(tokens[i++]);
      else if (CLASSES.has(tokens[i])) cls = tokens[i++];
    }
    const type = tokens[i++];
    if (!RR_TYPES.has(type)) {
      problems.push({ file: fileName, line: lineNo + 1, code: 'UNKNOWN_TYPE', detail: type });
      continue;
    }
    const rdata = tokens.slice(i);
    records.push({ owner, ttl, cls, type, rdata, line: lineNo + 1 });
  }
  return { origin, defaultTtl, records, problems };
}

module.exports = { parseZone, absolute };
