'use strict';

const { parseCvDate } = require('./dates');

const ROLE_LINE = /^- (.+?) at (.+?) \| (.+?) - (.+)$/;
const FIELD_LINE = /^([A-Za-z ]+): (.*)$/;

function parseRole(line, referenceMonth) {
  const m = ROLE_LINE.exec(line);
  if (!m) return null;
  const from = parseCvDate(m[3], referenceMonth);
  const to = parseCvDate(m[4], referenceMonth);
  return {
    title: m[1],
    employer: m[2],
    from,
    to,
    months: from !== null && to !== null ? Math.max(0, to - from) : 0,
    details: '',
  };
}

function parseApplication(block, referenceMonth) {
  const app = { requisition: null, name: '', email: '', phone: '', city: '', salary: 0, roles: [], skills: '', education: '' };
  let lastRole = null;
  for (const line of block.split('\n')) {
    if (line.startsWith('- ')) {
      lastRole = parseRole(line, referenceMonth);
      if (lastRole) app.roles.push(lastRole);
      continue;
    }
    if (line.startsWith('  ') && lastRole) {
      lastRole.details += line.trim();
      continue;
    }
    const f = FIELD_LINE.exec(line);
    if (!f) continue;
    switch (f[1]) {
      case 'Applied for': app.requisition = f[2].trim(); break;
      case 'Name': app.name = f[2].trim(); break;
      case 'Email': app.email = f[2].trim().toLowerCase(); break;
      case 'Phone': app.phone = f[2].replace(/\s+/g, ''); break;
      case 'Location': app.city = f[2].trim(); break;
      case 'Expected salary': app.salary = Number(f[2]) || 0; break;
      case 'Skills': app.skills = f[2]; break;
      case 'Education': app.education = f[2].trim(); break;
      default: break;
    }
  }
  app.totalMonths = app.roles.reduce((s, r) => s + r.months, 0);
  return app;
}

module.exports = { parseApplication };
