'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const tls = require('node:tls');

const CONFIG_DIR = path.join(os.tmpdir(), `webhook-relay-${process.pid}`);

function provisionTenants(count, receiverPort) {
  fs.mkdirSync(path.join(CONFIG_DIR, 'tenants'), { recursive: true });
  const ids = [];
  for (let i = 0; i < count; i++) {
    const id = `tenant-${String(i).padStart(3, '0')}`;
    const config = {
      id,
      secret: `whsec_${i.toString(16)}_${(i * 2654435761) >>> 0}`,
      endpoint: `http://127.0.0.1:${receiverPort}/hooks/${id}`,
      events: ['order.created', 'order.paid', 'order.shipped', 'refund.issued'].filter((_, k) => (i + k) % 4 !== 3),
      retry: { max: 3, backoffMs: 200 },
      // CA certificates pinned by the tenant for their https endpoint.
      caBundle: [tls.rootCertificates[(i * 3) % tls.rootCertificates.length], tls.rootCertificates[(i * 3 + 1) % tls.rootCertificates.length]],
    };
    fs.writeFileSync(path.join(CONFIG_DIR, 'tenants', `${id}.json`), JSON.stringify(config, null, 2));
    ids.push(config);
  }
  return ids;
}

function loadTenant(id) {
  const file = path.join(CONFIG_DIR, 'tenants', `${id}.json`);
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function audit(entry) {
  fs.appendFileSync(path.join(CONFIG_DIR, 'audit.log'), JSON.stringify(entry) + '\n');
}

function cleanup() {
  fs.rmSync(CONFIG_DIR, { recursive: true, force: true });
}

module.exports = { provisionTenants, loadTenant, audit, cleanup };
