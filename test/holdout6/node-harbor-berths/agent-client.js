'use strict';

const http = require('http');

// Used by shipping agents' systems to lodge arrival notices with the harbour office.
class HarbourOfficeClient {
  constructor(port) {
    this.port = port;
  }

  lodgeArrival(notice) {
    const body = JSON.stringify(notice);
    return new Promise((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port: this.port,
        method: 'POST',
        path: '/arrivals',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => { text += c; });
        res.on('end', () => resolve({ status: res.statusCode, reply: JSON.parse(text) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }
}

module.exports = { HarbourOfficeClient };
