'use strict';
const http = require('http');

// Client for the label printer gateway. Translates text to the printer code page
// (CP1252 with transliteration) and submits ZPL jobs.
class PrintGatewayClient {
  constructor({ host, port, printer }) {
    this.host = host;
    this.port = port;
    this.printer = printer;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
    this.codepage = new Map();
    const decoder = new TextDecoder('windows-1252');
    for (let b = 0x20; b < 0x100; b++) this.codepage.set(decoder.decode(Uint8Array.of(b)), b);
    for (let cp = 0x100; cp < 0x800; cp++) {
      const ch = String.fromCodePoint(cp);
      const base = ch.normalize('NFD')[0];
      if (this.codepage.has(base)) this.codepage.set(ch, this.codepage.get(base));
    }
  }
  encode(text) {
    const out = Buffer.alloc(text.length);
    let i = 0;
    for (const ch of text) out[i++] = this.codepage.get(ch) ?? 0x3f;
    return out.subarray(0, i);
  }
  submit(zpl) {
    const body = this.encode(zpl);
    return new Promise((resolve, reject) => {
      const req = http.request({ host: this.host, port: this.port, method: 'POST', path: `/printers/${this.printer}/jobs`, agent: this.agent,
        headers: { 'content-type': 'application/vnd.zebra-zpl', 'content-length': body.length } }, (res) => {
        let s = '';
        res.on('data', (c) => (s += c));
        res.on('end', () => (res.statusCode === 201 ? resolve(JSON.parse(s)) : reject(new Error('print failed ' + res.statusCode))));
      });
      req.on('error', reject);
      req.end(body);
    });
  }
  close() { this.agent.destroy(); }
}

module.exports = { PrintGatewayClient };
