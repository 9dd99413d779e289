'use strict';
// Writes a directory of BIND-style zone files resembling a DNS hosting
// customer base, with a realistic sprinkling of mistakes.
const fs = require('fs/promises');
const path = require('path');

const LABELS = ['www', 'mail', 'api', 'cdn', 'shop', 'blog', 'vpn', 'git', 'status', 'docs', 'auth', 'img', 'static', 'dev', 'staging', 'intranet', 'crm', 'wiki', 'ftp', 'smtp', 'imap', 'calendar', 'grafana', 'kibana'];
const TLDS = ['com', 'net', 'org', 'io', 'co.uk', 'de', 'nl', 'dev'];
const WORDS = ['acorn', 'harbor', 'lumen', 'quartz', 'nimbus', 'fable', 'orchid', 'tundra', 'vertex', 'willow', 'zephyr', 'cobalt', 'ember', 'falcon', 'gusto', 'juniper'];

function makeRng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function zoneText(rng, origin, hosts) {
  const lines = [];
  const serial = `2025${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}${String(Math.floor(rng() * 99)).padStart(2, '0')}`;
  lines.push(`$ORIGIN ${origin}.`);
  lines.push(`$TTL ${rng() < 0.05 ? 30 : 3600}`);
  lines.push(`@\tIN\tSOA\tns1.${origin}. hostmaster.${origin}. (`);
  lines.push(`\t\t${rng() < 0.03 ? '17' : serial}\t; serial`);
  lines.push('\t\t7200\t\t; refresh');
  lines.push('\t\t3600\t\t; retry');
  lines.push('\t\t1209600\t\t; expire');
  lines.push('\t\t3600 )\t\t; minimum');
  lines.push(`@\tIN\tNS\tns1.${origin}.`);
  lines.push(`@\tIN\tNS\tns2.dnshost.example.`);
  if (rng() > 0.04) lines.push(`ns1\tIN\tA\t198.51.100.${1 + Math.floor(rng() * 250)}`);
  lines.push(`@\tIN\tMX\t10 mail.${origin}.`);
  lines.push(`@\tIN\tMX\t20 ${rng() < 0.05 ? 'mx-backup' : 'mail2'}`);
  lines.push(`@\tIN\tTXT\t"v=spf1 mx ${rng() < 0.05 ? 'include:_spf.mailer.example ~al' : 'include:_spf.mailer.example ~all'}"`);
  lines.push(`_dmarc\tIN\tTXT\t"v=DMARC1; p=${rng() < 0.5 ? 'quarantine' : 'reject'}; rua=mailto:dmarc@${origin}"`);
  lines.push(`mail\tIN\tA\t203.0.113.${1 + Math.floor(rng() * 250)}`);
  lines.push(`www\tIN\tA\t192.0.2.${1 + Math.floor(rng() * 250)}`);
  lines.push(`mail2\tIN\t${rng() < 0.05 ? 'CNAME\tmail' : `A\t203.0.113.${1 + Math.floor(rng() * 250)}`}`);
  for (let i = 0; i < hosts; i++) {
    const label = `${LABELS[Math.floor(rng() * LABELS.length)]}${i >= LABELS.length ? `-${i}` : ''}`;
    const ttl = rng() < 0.3 ? `${[60, 300, 900, 86400, 604800 * 2][Math.floor(rng() * 5)]}\t` : '';
    const r = rng();
    if (r < 0.45) {
      lines.push(`${label}\t${ttl}IN\tA\t192.0.2.${1 + Math.floor(rng() * 250)}`);
      if (rng() < 0.03) lines.push(`${label}\tIN\tA\t192.0.2.${1 + Math.floor(rng() * 250)}`);
    } else if (r < 0.65) {
      lines.push(`${label}\t${ttl}IN\tAAAA\t2001:db8:${Math.floor(rng() * 65535).toString(16)}::${Math.floor(rng() * 65535).toString(16)}`);
    } else if (r < 0.88) {
      const target = rng() < 0.06 ? `gone${i}` : rng() < 0.5 ? `lb-${WORDS[Math.floor(rng() * WORDS.length)]}.cdnprovider.example.` : 'www';
      lines.push(`${label}\t${ttl}IN\tCNAME\t${target}`);
      if (rng() < 0.03) lines.push(`${label}\tIN\tTXT\t"verification=${Math.floor(rng() * 1e12).toString(36)}"`);
    } else if (r < 0.95) {
      lines.push(`${label}\t${ttl}IN\tTXT\t"google-site-verification=${Math.floor(rng() * 1e15).toString(36)}" ; added by ${WORDS[Math.floor(rng() * WORDS.length)]}`);
    } else {
      lines.push(`_sip._tcp.${label}\tIN\tSRV\t10 60 5060 ${rng() < 0.1 ? 'sipgone' : 'www'}.${origin}.`);
    }
  }
  if (rng() < 0.1) lines.push(`*\tIN\tA\t192.0.2.250`);
  lines.push('');
  return lines.join('\n');
}

async function writeZones(dir, count, seed) {
  const rng = makeRng(seed);
  const files = [];
  for (let z = 0; z < count; z++) {
    const origin = `${WORDS[z % WORDS.length]}-${WORDS[Math.floor(z / WORDS.length) % WORDS.length]}${z}.${TLDS[z % TLDS.length]}`;
    const file = path.join(dir, `db.${origin}`);
    await fs.writeFile(file, zoneText(rng, origin, 200 + Math.floor(rng() * 1800)));
    files.push(file);
  }
  return files;
}

module.exports = { writeZones };
