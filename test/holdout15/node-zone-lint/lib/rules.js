'use strict';
const { absolute } = require('./parse');

const SERIAL_DATE = /^(\d{4})(\d{2})(\d{2})(\d{2})$/;
const SPF_TERMINATOR = /\s[~?+-]?all"?$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const MIN_TTL = 60;
const MAX_TTL = 604800;

function indexZone(zone) {
  const byOwner = new Map();
  for (const rr of zone.records) {
    let types = byOwner.get(rr.owner);
    if (!types) {
      types = new Map();
      byOwner.set(rr.owner, types);
    }
    let list = types.get(rr.type);
    if (!list) {
      list = [];
      types.set(rr.type, list);
    }
    list.push(rr);
  }
  return byOwner;
}

function targetOf(rr, origin) {
  switch (rr.type) {
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return absolute(rr.rdata[0], origin);
    case 'MX':
      return absolute(rr.rdata[1], origin);
    case 'SRV':
      return absolute(rr.rdata[3], origin);
    default:
      return null;
  }
}

function inZone(name, origin) {
  return name === origin || name.endsWith(`.${origin}`);
}

function lintZone(zone, fileName) {
  const findings = [];
  const add = (rr, code, detail) => findings.push({ file: fileName, line: rr ? rr.line : 0, owner: rr ? rr.owner : zone.origin, code, detail });
  const byOwner = indexZone(zone);
  const origin = zone.origin;
  const hasWildcard = byOwner.has(`*.${origin}`);

  const apex = byOwner.get(origin);
  const soa = apex && apex.get('SOA');
  if (!soa || soa.length !== 1) add(null, 'SOA_COUNT', soa ? soa.length : 0);
  else {
    const m = SERIAL_DATE.exec(soa[0].rdata[2]);
    if (!m) add(soa[0], 'SOA_SERIAL_FORMAT', soa[0].rdata[2]);
    else if (Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31) add(soa[0], 'SOA_SERIAL_DATE', soa[0].rdata[2]);
  }

  const seen = new Set();
  for (const [owner, types] of byOwner) {
    const cnames = types.get('CNAME');
    if (cnames) {
      if (cnames.length > 1) add(cnames[1], 'MULTIPLE_CNAME', cnames.length);
      if (types.size > 1) add(cnames[0], 'CNAME_AND_OTHER_DATA', [...types.keys()].filter((t) => t !== 'CNAME').join(','));
      if (owner === origin) add(cnames[0], 'CNAME_AT_APEX', null);
    }
    for (const [type, list] of types) {
      for (const rr of list) {
        const key = `${owner}|${type}|${rr.rdata.join(' ')}`;
        if (seen.has(key)) add(rr, 'DUPLICATE_RR', type);
        seen.add(key);
        if (rr.ttl !== null && (rr.ttl < MIN_TTL || rr.ttl > MAX_TTL)) add(rr, 'TTL_OUT_OF_RANGE', rr.ttl);
        if (type === 'A' && !IPV4.test(rr.rdata[0])) add(rr, 'BAD_IPV4', rr.rdata[0]);
        if (type === 'TXT' && rr.rdata[0].startsWith('"v=spf1') && !SPF_TERMINATOR.test(rr.rdata[rr.rdata.length - 1])) add(rr, 'SPF_NO_ALL', rr.rdata.join(' '));
        const target = targetOf(rr, origin);
        if (!target || !inZone(target, origin)) continue;
        const targetTypes = byOwner.get(target);
        if (!targetTypes) {
          if (!hasWildcard) add(rr, 'DANGLING_TARGET', target);
          continue;
        }
        if ((type === 'MX' || type === 'NS' || type === 'SRV') && targetTypes.has('CNAME')) add(rr, `${type}_TO_CNAME`, target);
        if (type === 'NS' && !targetTypes.has('A') && !targetTypes.has('AAAA')) add(rr, 'MISSING_GLUE', target);
      }
    }
  }
  if (apex && apex.has('NS')) {
    for (const ns of apex.get('NS')) {
      const target = targetOf(ns, origin);
      if (inZone(target, origin) && !byOwner.has(target)) add(ns, 'MISSING_GLUE', target);
    }
  }
  return findings;
}

module.exports = { lintZone };
