'use strict';

const http = require('http');
const { BerthPlan, quoteDues } = require('./berths');

function buildBerths() {
  const berths = [];
  const quays = ['North Quay', 'Fish Dock', 'Marina', 'Ferry Ramp', 'Deep Berth'];
  for (let i = 0; i < 60; i++) {
    const quay = quays[i % quays.length];
    berths.push({
      id: `B${i}`,
      quay,
      maxLength: quay === 'Deep Berth' ? 220 : quay === 'Marina' ? 24 : 40 + (i % 7) * 12,
      maxDraft: quay === 'Deep Berth' ? 12 : quay === 'Marina' ? 3 : 6,
      kinds: quay === 'Fish Dock' ? ['fishing'] : quay === 'Marina' ? ['leisure'] : quay === 'Ferry Ramp' ? ['ferry'] : ['commercial', 'fishing', 'ferry'],
    });
  }
  return berths;
}

// Harbour office service: accepts arrival notices, assigns berths, quotes dues.
function startOffice() {
  const plan = new BerthPlan(buildBerths());
  const counts = { assigned: 0, waiting: 0 };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => { raw += c; });
    req.on('end', () => {
      const notice = JSON.parse(raw);
      const berth = plan.allocate(notice);
      if (!berth) {
        counts.waiting++;
        res.writeHead(202, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ vessel: notice.vessel, status: 'anchorage' }));
        return;
      }
      counts.assigned++;
      const dues = quoteDues(notice);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ vessel: notice.vessel, berth: berth.id, quay: berth.quay, dues }));
    });
  });
  return { server, counts };
}

module.exports = { startOffice };
