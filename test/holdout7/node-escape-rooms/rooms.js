'use strict';

const fs = require('fs');
const path = require('path');

const ROOMS_FILE = path.join(__dirname, 'data', 'rooms.json');

function seedRoomsFile() {
  const themes = ['Pharaoh Tomb', 'Submarine 7', 'Haunted Library', 'Bank Heist', 'Mad Lab', 'Arctic Station', 'Clockwork Attic', 'Jungle Temple'];
  const rooms = themes.map((theme, i) => ({
    id: `R${i + 1}`,
    theme,
    minPlayers: 2 + (i % 3),
    maxPlayers: 6 + (i % 3),
    durationMin: 60 + (i % 2) * 15,
    pricePerHead: 22 + i * 1.5,
    slots: Array.from({ length: 12 }, (_, h) => `${String(10 + h).padStart(2, '0')}:00`),
    puzzles: Array.from({ length: 9 }, (_, p) => ({ id: `${i}-${p}`, difficulty: (i + p) % 5, hints: ['look up', 'count again', 'mirror'] })),
  }));
  fs.mkdirSync(path.dirname(ROOMS_FILE), { recursive: true });
  fs.writeFileSync(ROOMS_FILE, JSON.stringify({ version: 3, rooms }, null, 2));
}

function loadRoom(roomId) {
  const doc = JSON.parse(fs.readFileSync(ROOMS_FILE, 'utf8'));
  return doc.rooms.find((r) => r.id === roomId) || null;
}

module.exports = { seedRoomsFile, loadRoom };
