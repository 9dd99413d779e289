'use strict';

const http = require('http');
const { COURTS, DAY_MS } = require('./matters');
const { responseDeadline, upcomingDeadlines } = require('./rules');
const { docketLine, formatHearingDate } = require('./format');

const COURT_BY_ID = new Map(COURTS.map((c) => [c.id, c]));

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
  res.end(payload);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function createDocketServer({ store, clerks, ruleBook, clock }) {
  function handleDocket(res, matter, query) {
    const court = COURT_BY_ID.get(matter.courtId);
    const rules = ruleBook.load(matter.courtId);
    const limit = Math.min(Number(query.get('limit')) || 25, 100);
    const entries = matter.entries.slice(-limit).map((e) => docketLine(e, court.tz));
    const deadlines = upcomingDeadlines(matter, rules, clock()).map((d) => ({
      ...d, due: formatHearingDate(d.due, court.tz),
    }));
    send(res, 200, { matter: matter.id, title: matter.title, court: court.name, entries, deadlines });
  }

  async function handleFiling(req, res, matter) {
    const body = JSON.parse(await readBody(req));
    if (!body.type || !body.party) return send(res, 422, { error: 'type and party are required' });
    const court = COURT_BY_ID.get(matter.courtId);
    const rules = ruleBook.load(matter.courtId);
    const filedAt = clock();
    const entry = store.addFiling(matter, {
      type: body.type, party: body.party, filedAt,
      description: String(body.description || '').slice(0, 200), pages: Number(body.pages) || 1,
    });
    const due = responseDeadline(filedAt, body.type, rules);
    return send(res, 201, {
      matter: matter.id, seq: entry.seq, filed: formatHearingDate(filedAt, court.tz),
      responseDue: formatHearingDate(due, court.tz),
    });
  }

  function handleCalendar(res, courtId, query) {
    const court = COURT_BY_ID.get(courtId);
    if (!court) return send(res, 404, { error: 'unknown court' });
    const from = Number(query.get('from'));
    const days = Math.min(Number(query.get('days')) || 7, 31);
    const hearings = store.hearingsBetween(courtId, from, from + days * DAY_MS).map((h) => ({
      matter: h.matterId, title: h.title, at: formatHearingDate(h.entry.hearingAt, court.tz),
    }));
    return send(res, 200, { court: court.name, hearings });
  }

  return http.createServer(async (req, res) => {
    try {
      const clerk = clerks.authenticate(req.headers.authorization);
      if (!clerk) return send(res, 401, { error: 'unauthorised' });
      const url = new URL(req.url, 'http://docket.local');
      const parts = url.pathname.split('/').filter(Boolean);
      if (parts[0] === 'matters' && parts.length === 3) {
        const matter = store.get(parts[1]);
        if (!matter) return send(res, 404, { error: 'unknown matter' });
        if (parts[2] === 'docket' && req.method === 'GET') return handleDocket(res, matter, url.searchParams);
        if (parts[2] === 'filings' && req.method === 'POST') return await handleFiling(req, res, matter);
      }
      if (parts[0] === 'courts' && parts[2] === 'calendar') return handleCalendar(res, parts[1], url.searchParams);
      return send(res, 404, { error: 'not found' });
    } catch (err) {
      return send(res, 500, { error: err.message });
    }
  });
}

module.exports = { createDocketServer };
