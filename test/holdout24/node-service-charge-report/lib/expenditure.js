'use strict';

// Purchase ledger for the service charge year: supplier invoices coded to cost heads.
const { createRandom } = require('./prng');

const COST_HEADS = [
  { code: 'CLN', name: 'Communal cleaning', schedule: 'block', typical: [180, 900] },
  { code: 'ELC', name: 'Landlord electricity', schedule: 'block', typical: [120, 2400] },
  { code: 'LFT', name: 'Lift maintenance', schedule: 'lift', typical: [250, 4200] },
  { code: 'FIR', name: 'Fire safety systems', schedule: 'block', typical: [90, 3800] },
  { code: 'GRD', name: 'Grounds maintenance', schedule: 'estate', typical: [150, 1200] },
  { code: 'INS', name: 'Buildings insurance', schedule: 'block', typical: [2000, 16000] },
  { code: 'GAT', name: 'Car park gates', schedule: 'parking', typical: [80, 1600] },
  { code: 'REP', name: 'General repairs', schedule: 'block', typical: [40, 5000] },
  { code: 'MGT', name: 'Management fee', schedule: 'estate', typical: [900, 3500] },
];

function buildLedger(seed, estate, invoiceCount) {
  const rnd = createRandom(seed);
  const invoices = [];
  const start = Date.UTC(2025, 3, 1);
  for (let i = 0; i < invoiceCount; i++) {
    const head = COST_HEADS[rnd.int(0, COST_HEADS.length - 1)];
    let block = estate.blocks[rnd.int(0, estate.blocks.length - 1)];
    if (head.schedule === 'lift') {
      while (!block.hasLift) block = estate.blocks[rnd.int(0, estate.blocks.length - 1)];
    }
    const net = rnd.int(head.typical[0] * 10, head.typical[1] * 10);
    const vat = head.code === 'INS' ? 0 : Math.round(net * 0.2);
    invoices.push({
      ref: `PI${String(100000 + i)}`,
      date: new Date(start + rnd.int(0, 364) * 86400000).toISOString().slice(0, 10),
      supplier: `${head.name.split(' ')[0]} supplier ${rnd.int(1, 6)}`,
      head: head.code,
      block: block.id,
      netPence: net,
      vatPence: vat,
      disputed: rnd.chance(0.004),
    });
  }
  return invoices;
}

module.exports = { buildLedger, COST_HEADS };
