'use strict';

// Daily avalanche bulletin run: ingest station uploads, rate danger per zone and
// elevation band, publish bulletins to the forecast web service.

const http = require('http');
const { generateUpload, parseLine } = require('./observations');
const { accumulate, rate } = require('./danger');
const { renderBulletin, BulletinPublisher } = require('./publisher');

const UPLOADS = Number(process.env.UPLOADS || 240);
const ISSUED = new Date(Date.UTC(2026, 1, 14, 15, 0));

const received = [];
const site = http.createServer((req, res) => {
  let size = 0;
  req.on('data', (c) => { size += c.length; });
  req.on('end', () => {
    received.push(size);
    res.writeHead(204);
    res.end();
  });
});

site.listen(0, '127.0.0.1', async () => {
  const publisher = new BulletinPublisher(site.address().port);
  let rejectedLines = 0;
  let published = 0;
  for (let u = 0; u < UPLOADS; u++) {
    const byZone = new Map();
    for (const line of generateUpload(12000, 1000 + u)) {
      const obs = parseLine(line);
      if (!obs) { rejectedLines++; continue; }
      accumulate(byZone, obs);
    }
    const ratings = [...byZone.values()].map(rate).sort((a, b) => b.level - a.level || a.zone.localeCompare(b.zone));
    await Promise.all(ratings.map((r) => publisher.publish(renderBulletin(r, ISSUED))));
    published += ratings.length;
  }
  publisher.close();
  site.close();
  console.log(`bulletins=${published} rejected=${rejectedLines} bytes=${received.reduce((a, b) => a + b, 0)}`);
});
