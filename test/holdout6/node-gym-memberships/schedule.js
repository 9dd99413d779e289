'use strict';

const fs = require('fs');
const path = require('path');
const os = require('os');

const DATA_DIR = path.join(os.tmpdir(), 'gym-memberships-data');

function writeTimetable(rand) {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const classes = [];
  const kinds = ['spin', 'yoga', 'hiit', 'pilates', 'boxing', 'aqua', 'barre', 'mobility'];
  for (let day = 0; day < 7; day++) {
    for (let slot = 0; slot < 24; slot++) {
      classes.push({
        id: `C${day}-${slot}`,
        day,
        start: `${String(6 + Math.floor(slot * 0.6)).padStart(2, '0')}:${slot % 2 ? '30' : '00'}`,
        kind: kinds[(day * 3 + slot) % kinds.length],
        club: ['riverside', 'old-town', 'harbourfront'][slot % 3],
        capacity: 12 + Math.floor(rand() * 20),
        instructor: `Coach ${1 + Math.floor(rand() * 30)}`,
        plans: slot % 5 === 0 ? ['premium'] : ['basic', 'plus', 'premium', 'student'],
      });
    }
  }
  fs.writeFileSync(path.join(DATA_DIR, 'timetable.json'), JSON.stringify({ updated: '2026-03-02', classes }, null, 1));
}

function classesFor(club, day, plan) {
  const timetable = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'timetable.json'), 'utf8'));
  return timetable.classes.filter((c) => c.club === club && c.day === day && c.plans.includes(plan));
}

module.exports = { writeTimetable, classesFor };
