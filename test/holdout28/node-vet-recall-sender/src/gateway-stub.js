'use strict';

const http = require('http');

function startGatewayStub() {
  let seq = 0;
  const received = { sms: 0, email: 0, rejected: 0 };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let msg;
      try {
        msg = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch (e) {
        res.writeHead(400).end();
        return;
      }
      if (req.headers.authorization !== 'Bearer recall-gw-7f3a' || !msg.to || !msg.body) {
        received.rejected++;
        res.writeHead(422, { 'content-type': 'application/json' }).end('{"error":"invalid message"}');
        return;
      }
      received[msg.channel]++;
      seq++;
      const body = JSON.stringify({ messageId: `msg_${seq.toString(36)}`, status: 'queued', segments: Math.ceil(msg.body.length / 153) });
      res.writeHead(202, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port, received }));
  });
}

module.exports = { startGatewayStub };
