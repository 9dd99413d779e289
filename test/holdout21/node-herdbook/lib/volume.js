'use strict';

const util = require('util');

const POSITIONS = ['S', 'D', 'SS', 'SD', 'DS', 'DD', 'SSS', 'SSD', 'SDS', 'SDD', 'DSS', 'DSD', 'DDS', 'DDD'];
const BIRTH_DATE_STYLE = { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' };

function ancestorAt(animal, position, byTag) {
  let current = animal;
  for (const step of position) {
    if (!current) return null;
    const tag = step === 'S' ? current.sire : current.dam;
    current = tag ? byTag.get(tag) : null;
  }
  return current;
}

function pedigreeLine(position, ancestor) {
  const indent = '  '.repeat(position.length);
  if (!ancestor) return util.format('%s%s  %s', indent, position.padEnd(3), 'unregistered');
  return util.format('%s%s  %s  %s  (%d, %d kg)', indent, position.padEnd(3), ancestor.tag, ancestor.name, ancestor.born.getUTCFullYear(), ancestor.weightKg);
}

// Lays out one entry of the printed herd-book volume: the animal's line and
// its three-generation pedigree.
function herdBookEntry(animal, f, remarkStatus, byTag) {
  const born = animal.born.toLocaleDateString('en-GB', BIRTH_DATE_STYLE);
  const lines = [
    `${animal.tag}  ${animal.name}  (${animal.sex === 'M' ? 'bull' : 'cow'})  b. ${born}  ${animal.weightKg} kg`,
    `    F = ${(f * 100).toFixed(2)}%  remarks: ${remarkStatus}`,
  ];
  for (const position of POSITIONS) {
    lines.push(pedigreeLine(position, ancestorAt(animal, position, byTag)));
  }
  return lines.join('\n');
}

module.exports = { herdBookEntry };
