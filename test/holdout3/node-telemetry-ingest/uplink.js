'use strict';

const http = require('http');

function sendBatch(port, device, batch) {
  const body = JSON.stringify(batch);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/v1/telemetry',
      agent: false,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'x-device-id': device.id,
        authorization: 'Bearer ' + device.token,
      },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => (res.statusCode === 202 ? resolve(JSON.parse(text).accepted) : reject(new Error('status ' + res.statusCode))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

module.exports = { sendBatch };
