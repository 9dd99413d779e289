'use strict';

const { HrisClient } = require('./hris-client');
const { toDirectoryRecord } = require('./directory');
const { leaveBalance } = require('./leave');

async function listEmployees(client, entity, pageSize) {
  const out = [];
  let page = 0;
  while (page !== null) {
    const res = await client.call('list-employees', {}, { entity: entity.code, page, pageSize });
    out.push(...res.items);
    page = res.nextPage;
  }
  return out;
}

async function loadAbsences(config, employeeId) {
  const client = new HrisClient(config);
  try {
    const res = await client.call('employee-absences', { employeeId }, { from: '2024-01-01', to: '2024-12-31' });
    return res.items;
  } finally {
    client.close();
  }
}

async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function lane() {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: limit }, lane));
  return results;
}

async function syncEntity(config, entity, asOf) {
  const lister = new HrisClient(config);
  let remote;
  try {
    remote = await listEmployees(lister, entity, 200);
  } finally {
    lister.close();
  }
  const records = remote.map((r) => toDirectoryRecord(r, entity));
  const balances = await mapLimit(records, 8, async (rec) => {
    if (rec.status !== 'active') return null;
    const absences = await loadAbsences(config, rec.employeeId);
    return { employeeId: rec.employeeId, ...leaveBalance(rec, entity, absences, asOf) };
  });
  return { records, balances: balances.filter(Boolean) };
}

module.exports = { syncEntity };
