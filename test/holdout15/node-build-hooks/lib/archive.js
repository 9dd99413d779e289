'use strict';
// Raw webhook deliveries are archived (gzip) so they can be replayed.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

class DeliveryArchive {
  constructor(dir) {
    this.dir = dir;
    this.count = 0;
    this.bytes = 0;
  }

  archiveDelivery(deliveryId, rawBody) {
    const compressed = zlib.gzipSync(rawBody, { level: 6 });
    const file = path.join(this.dir, `${deliveryId}.json.gz`);
    fs.writeFileSync(file, compressed);
    this.count++;
    this.bytes += compressed.length;
    return file;
  }
}

module.exports = { DeliveryArchive };
