'use strict';

const fs = require('fs');

function parseHl7Time(ts) {
  return Date.UTC(
    Number(ts.slice(0, 4)), Number(ts.slice(4, 6)) - 1, Number(ts.slice(6, 8)),
    Number(ts.slice(8, 10) || 0), Number(ts.slice(10, 12) || 0),
  );
}

// Returns field n of a segment (n = 0 is the segment name) without splitting
// the whole segment.
function field(segment, n) {
  let start = 0;
  for (let i = 0; i < n; i++) {
    start = segment.indexOf('|', start) + 1;
    if (start === 0) return '';
  }
  const end = segment.indexOf('|', start);
  return segment.slice(start, end === -1 ? segment.length : end);
}

function component(value, n) {
  let start = 0;
  for (let i = 0; i < n; i++) {
    start = value.indexOf('^', start) + 1;
    if (start === 0) return '';
  }
  const end = value.indexOf('^', start);
  return value.slice(start, end === -1 ? value.length : end);
}

// Pulls the fields the census needs out of one ADT message. Segments are
// separated by CR, fields by '|', repetitions by '~' and components by '^'.
// Note MSH-1 is the field separator itself, so MSH-9 is the eighth '|' field.
function parseAdt(text) {
  const msg = { type: null, at: 0, mrn: null, nhs: null, sex: null, dob: null, ward: null, bed: null, specialty: null, episode: null };
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\r', pos);
    if (end === -1) end = text.length;
    const segment = text.slice(pos, end);
    const name = segment.slice(0, 3);
    if (name === 'MSH') {
      msg.type = component(field(segment, 8), 1);
    } else if (name === 'EVN') {
      msg.at = parseHl7Time(field(segment, 2));
    } else if (name === 'PID') {
      const ids = field(segment, 3);
      let from = 0;
      while (from <= ids.length) {
        let to = ids.indexOf('~', from);
        if (to === -1) to = ids.length;
        const id = ids.slice(from, to);
        const kind = component(id, 4);
        if (kind === 'MR') msg.mrn = component(id, 0);
        else if (kind === 'NH') msg.nhs = component(id, 0);
        from = to + 1;
      }
      msg.dob = field(segment, 7);
      msg.sex = field(segment, 8);
    } else if (name === 'PV1') {
      const location = field(segment, 3);
      msg.ward = component(location, 0);
      msg.bed = Number(component(location, 1));
      msg.specialty = field(segment, 10);
      msg.episode = field(segment, 19);
    }
    pos = end + 1;
  }
  return msg;
}

// Streams a file of newline-terminated messages and hands each to onMessage.
async function readMessages(file, onMessage) {
  let carry = '';
  let count = 0;
  for await (const chunk of fs.createReadStream(file, { encoding: 'latin1', highWaterMark: 1 << 20 })) {
    const text = carry + chunk;
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl !== -1) {
      if (nl > start) {
        onMessage(parseAdt(text.slice(start, nl)));
        count += 1;
      }
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    carry = text.slice(start);
  }
  if (carry) {
    onMessage(parseAdt(carry));
    count += 1;
  }
  return count;
}

module.exports = { parseAdt, readMessages, parseHl7Time };
