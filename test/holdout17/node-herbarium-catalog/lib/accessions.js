'use strict';

const fs = require('fs');
const path = require('path');

class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ValidationError';
    this.status = 400;
  }
}

const REQUIRED = ['family', 'scientificName', 'collector', 'locality', 'collected'];

function validateSubmission(body) {
  for (const key of REQUIRED) {
    if (typeof body[key] !== 'string' || body[key].length === 0) {
      throw new ValidationError(`missing field: ${key}`);
    }
  }
  const collected = new Date(body.collected);
  if (Number.isNaN(collected.getTime())) throw new ValidationError('collected is not a date');
  const elevation = Number(body.elevation || 0);
  if (!Number.isFinite(elevation) || elevation < 0 || elevation > 9000) throw new ValidationError('bad elevation');
  return {
    family: body.family,
    scientificName: body.scientificName,
    collector: body.collector,
    locality: body.locality,
    habitat: body.habitat || 'unrecorded',
    elevation,
    collected,
    sheets: Math.max(1, Math.min(10, Number(body.sheets) || 1)),
    typeStatus: null,
  };
}

function labelText(specimen) {
  return [
    'HERBARIUM OF THE SOUTHERN DOWNS',
    `${specimen.id}    ${specimen.family.toUpperCase()}`,
    specimen.scientificName,
    `Loc.: ${specimen.locality}`,
    `Hab.: ${specimen.habitat}, ${specimen.elevation} m`,
    `Coll.: ${specimen.collector}, ${specimen.collected.toISOString().slice(0, 10)}`,
    `Sheets: ${specimen.sheets}`,
    '',
  ].join('\n');
}

class AccessionLedger {
  constructor(dir) {
    this.dir = dir;
    this.counterPath = path.join(dir, 'accession.counter');
    this.ledgerPath = path.join(dir, 'ledger.csv');
    this.labelDir = path.join(dir, 'labels');
    this.queueDir = path.join(dir, 'imaging-queue');
    fs.mkdirSync(this.labelDir, { recursive: true });
    fs.mkdirSync(this.queueDir, { recursive: true });
    fs.writeFileSync(this.counterPath, '500000');
    fs.writeFileSync(this.ledgerPath, 'accession,family,name,collector,collected\n');
  }

  record(specimen) {
    const current = Number(fs.readFileSync(this.counterPath, 'utf8'));
    const next = current + 1;
    fs.writeFileSync(this.counterPath, String(next));
    specimen.id = `K${next}`;
    fs.writeFileSync(path.join(this.labelDir, `${specimen.id}.txt`), labelText(specimen));
    fs.writeFileSync(path.join(this.queueDir, `${specimen.id}.json`), JSON.stringify({ id: specimen.id, sheets: specimen.sheets, family: specimen.family, queuedAt: new Date().toISOString() }));
    fs.appendFileSync(
      this.ledgerPath,
      `${specimen.id},${specimen.family},"${specimen.scientificName}","${specimen.collector}",${specimen.collected.toISOString().slice(0, 10)}\n`
    );
    return specimen;
  }
}

module.exports = { AccessionLedger, validateSubmission, ValidationError };
