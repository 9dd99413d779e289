'use strict';

const http = require('http');
const os = require('os');

const DIALING_PLAN = [
  ['GB', '44', 10, ['7']], ['IE', '353', 9, ['8']], ['FR', '33', 9, ['6', '7']], ['DE', '49', 11, ['15', '16', '17']],
  ['NL', '31', 9, ['6']], ['BE', '32', 9, ['4']], ['ES', '34', 9, ['6', '7']], ['PT', '351', 9, ['9']],
  ['IT', '39', 10, ['3']], ['CH', '41', 9, ['7']], ['AT', '43', 10, ['6']], ['DK', '45', 8, ['2', '3', '4', '5']],
  ['SE', '46', 9, ['7']], ['NO', '47', 8, ['4', '9']], ['FI', '358', 9, ['4', '5']], ['PL', '48', 9, ['5', '6', '7', '8']],
  ['JE', '44', 10, ['7797', '7700']], ['GG', '44', 10, ['7781', '7839']], ['IM', '44', 10, ['7624']],
];

const UK_MOBILE_OPERATORS = ['EE', 'Vodafone UK', 'O2 UK', 'Three UK', 'Sky Mobile', 'Lycamobile', 'Lebara', 'BT Mobile', 'Tesco Mobile', 'giffgaff'];

// Ofcom-style allocation blocks for UK mobile numbers: 4-digit block -> operator,
// with some blocks split further into 5-digit sub-allocations.
const UK_MOBILE_ALLOCATIONS = (() => {
  const rows = [];
  for (let block = 7650; block <= 7999; block++) {
    if (block % 10 === 6 && block < 7800) continue;
    const operator = UK_MOBILE_OPERATORS[(block * 7 + (block >> 3)) % UK_MOBILE_OPERATORS.length];
    if (block % 50 === 0) {
      for (let sub = 0; sub < 10; sub++) {
        rows.push(`${block}${sub}|${UK_MOBILE_OPERATORS[(block + sub) % UK_MOBILE_OPERATORS.length]}|${sub < 8 ? 'allocated' : 'reserved'}`);
      }
    } else {
      rows.push(`${block}|${operator}|allocated`);
    }
  }
  return rows.join('\n');
})();

class MessagingGatewayClient {
  constructor(options) {
    if (!options || !options.baseUrl || !options.apiKey) throw new TypeError('baseUrl and apiKey are required');
    const url = new URL(options.baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.basePath = url.pathname.replace(/\/$/, '');
    this.apiKey = options.apiKey;
    this.timeoutMs = options.timeoutMs || 5000;
    this.retries = options.retries == null ? 2 : options.retries;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets || 4, scheduling: 'lifo' });
    this.userAgent = `recall-gw-node/3.2 (${os.type()} ${os.release()}; ${os.hostname()}) node/${process.versions.node}`;
    this.numbering = new Map();
    for (const [region, cc, nationalLength, mobilePrefixes] of DIALING_PLAN) {
      const entry = this.numbering.get(cc) || { cc, regions: [] };
      entry.regions.push({ region, nationalLength, mobilePrefixes: mobilePrefixes.slice().sort((a, b) => b.length - a.length) });
      this.numbering.set(cc, entry);
    }
    this.mobileRanges = new Map();
    for (const row of UK_MOBILE_ALLOCATIONS.split('\n')) {
      const [prefix, operator, status] = row.split('|');
      if (status !== 'allocated') continue;
      this.mobileRanges.set(prefix, { prefix, operator, digits: prefix.length });
    }
    this.defaultRegion = options.defaultRegion || 'GB';
    this.defaultHeaders = Object.freeze({
      'content-type': 'application/json',
      authorization: `Bearer ${this.apiKey}`,
      'user-agent': this.userAgent,
      'x-client-host': os.hostname(),
    });
  }

  toE164(phone) {
    const digits = phone.replace(/[^\d+]/g, '');
    if (digits.startsWith('+')) return digits;
    if (digits.startsWith('00')) return `+${digits.slice(2)}`;
    const gb = this.numbering.get('44');
    const national = digits.replace(/^0/, '');
    const region = gb.regions.find((r) => national.length === r.nationalLength && r.mobilePrefixes.some((p) => national.startsWith(p)));
    if (!region) return null;
    const range = this.mobileRanges.get(national.slice(0, 5)) || this.mobileRanges.get(national.slice(0, 4));
    return range ? `+44${national}` : null;
  }

  send(message) {
    const body = JSON.stringify(message);
    return new Promise((resolve, reject) => {
      const req = http.request({
        host: this.host,
        port: this.port,
        path: `${this.basePath}/messages`,
        method: 'POST',
        agent: this.agent,
        timeout: this.timeoutMs,
        headers: { ...this.defaultHeaders, 'content-length': Buffer.byteLength(body) },
      }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null });
        });
      });
      req.on('timeout', () => req.destroy(new Error('gateway timeout')));
      req.on('error', reject);
      req.end(body);
    });
  }

  close() {
    this.agent.destroy();
  }
}

module.exports = { MessagingGatewayClient };
