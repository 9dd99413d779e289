'use strict';

const http = require('http');

const ENTITIES = [
  { code: 'UK01', name: 'Hartley Finch LLP', country: 'GB', annualLeave: 25,
    titleAbbreviations: { Snr: 'Senior', Jnr: 'Junior', Mgr: 'Manager', Assoc: 'Associate', Asst: 'Assistant', Sol: 'Solicitor', HR: 'Human Resources', Coord: 'Coordinator' } },
  { code: 'IE01', name: 'Hartley Finch Ireland', country: 'IE', annualLeave: 23,
    titleAbbreviations: { Snr: 'Senior', Mgr: 'Manager', Assoc: 'Associate', Exec: 'Executive', Sol: 'Solicitor', Admin: 'Administrator', Coord: 'Coordinator', Spec: 'Specialist' } },
  { code: 'DE01', name: 'Hartley Finch GmbH', country: 'DE', annualLeave: 28,
    titleAbbreviations: { Sr: 'Senior', Jr: 'Junior', Mgr: 'Manager', RA: 'Rechtsanwalt', Ref: 'Referent', Asst: 'Assistant', Spec: 'Specialist', Admin: 'Administrator' } },
];
const TITLES = ['Snr Assoc', 'Assoc', 'Jnr Assoc', 'Trainee Sol', 'Paralegal', 'HR Mgr', 'HR Coord', 'Legal Asst',
  'Practice Mgr', 'Sr RA', 'RA', 'Exec Asst', 'IT Spec', 'Finance Admin', 'Knowledge Mgr', 'Ref Recht'];
const DEPARTMENTS = ['Employment', 'Corporate', 'Disputes', 'Real Estate', 'Private Client', 'People', 'Finance', 'IT'];
const FIRST = ['Aoife', 'Ben', 'Ciara', 'Dieter', 'Elif', 'Finn', 'Grace', 'Hannes', 'Isla', 'Jakob', 'Kate', 'Lena',
  'Mo', 'Niamh', 'Oskar', 'Paula', 'Rhys', 'Sinead', 'Tom', 'Ute'];
const LAST = ['Byrne', 'Schmidt', 'Walsh', 'Jones', 'Muller', 'Kelly', 'Evans', 'Wagner', 'Ryan', 'Taylor', 'Becker'];

function buildWorkforce(rng, count) {
  const people = [];
  for (let i = 0; i < count; i++) {
    const entity = ENTITIES[i % ENTITIES.length];
    const startYear = rng.int(2004, 2024);
    people.push({
      id: `E${String(100000 + i)}`,
      entity: entity.code,
      givenName: rng.pick(FIRST),
      familyName: rng.pick(LAST),
      jobTitle: rng.pick(TITLES),
      department: rng.pick(DEPARTMENTS),
      fte: rng.pick([1, 1, 1, 0.8, 0.6, 0.5]),
      startDate: `${startYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      managerId: i > 0 ? `E${String(100000 + rng.int(0, count - 1))}` : null,
      status: rng.next() < 0.04 ? 'terminated' : 'active',
      absences: Array.from({ length: rng.int(0, 12) }, () => ({
        type: rng.pick(['annual', 'annual', 'annual', 'sick', 'parental', 'study']),
        start: `2024-${String(rng.int(1, 6)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
        days: rng.int(1, 10) / (rng.next() < 0.2 ? 2 : 1),
      })),
    });
  }
  return people;
}

function buildSpec() {
  const resources = ['employees', 'absences', 'positions', 'departments', 'entities', 'contracts', 'payslips',
    'documents', 'reviews', 'goals', 'trainings', 'benefits', 'dependants', 'addresses', 'bank-accounts',
    'timesheets', 'expenses', 'grievances', 'disciplinaries', 'right-to-work', 'equipment', 'cost-centres',
    'work-patterns', 'emergency-contacts'];
  const operations = [];
  for (const r of resources) {
    operations.push({ id: `list-${r}`, method: 'GET', path: `/v1/${r}`, query: ['entity', 'page', 'pageSize', 'updatedSince'] });
    operations.push({ id: `get-${r}`, method: 'GET', path: `/v1/${r}/{id}`, query: [] });
    operations.push({ id: `employee-${r}`, method: 'GET', path: `/v1/employees/{employeeId}/${r}`, query: ['from', 'to'] });
    operations.push({ id: `update-${r}`, method: 'PATCH', path: `/v1/${r}/{id}`, query: [] });
  }
  return { version: '2024-05', operations };
}

function startStubHris(rng, count) {
  const people = buildWorkforce(rng, count);
  const byId = new Map(people.map((p) => [p.id, p]));
  const byEntity = new Map(ENTITIES.map((e) => [e.code, people.filter((p) => p.entity === e.code)]));
  const spec = buildSpec();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://hris.local');
    const parts = url.pathname.split('/').filter(Boolean);
    let body;
    if (url.pathname === '/v1/spec') {
      body = spec;
    } else if (parts[1] === 'employees' && parts.length === 2) {
      const entity = url.searchParams.get('entity');
      const page = Number(url.searchParams.get('page')) || 0;
      const size = Number(url.searchParams.get('pageSize')) || 100;
      const rows = byEntity.get(entity) || [];
      const items = rows.slice(page * size, (page + 1) * size).map(({ absences, ...p }) => p);
      body = { items, nextPage: (page + 1) * size < rows.length ? page + 1 : null };
    } else if (parts[1] === 'employees' && parts[3] === 'absences') {
      const p = byId.get(parts[2]);
      body = p ? { employeeId: p.id, items: p.absences } : null;
    }
    const payload = JSON.stringify(body || { error: 'not found' });
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    res.end(payload);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })));
}

module.exports = { ENTITIES, startStubHris, buildWorkforce };
