'use strict';

const crypto = require('crypto');
const http = require('http');

// Client for the Maritime Safety Information broadcast gateway. Notices are
// signed with the station key and queued in the outbox for the next NAVTEX
// and SafetyNET slots.
class MsiBroadcastClient {
  constructor({ endpoint, stationId, signingKeyPem, outbox }) {
    this.endpoint = new URL(endpoint);
    this.stationId = stationId;
    this.signingKey = crypto.createPrivateKey(signingKeyPem);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    this.outbox = outbox;
  }

  publish(notice) {
    const body = Buffer.from(JSON.stringify({ station: this.stationId, notice }));
    const signature = crypto.sign(null, body, this.signingKey).toString('base64');
    const envelope = { path: `${this.endpoint.pathname}/notices/${notice.number}`, signature, bytes: body.length };
    this.outbox.push(envelope);
    return envelope;
  }
}

module.exports = { MsiBroadcastClient };
