'use strict';

const http = require('http');
const { loadRoom } = require('./rooms');
const { verifyGroupPin } = require('./auth');

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function quote(room, booking) {
  const players = Math.min(Math.max(booking.players, room.minPlayers), room.maxPlayers);
  const offPeak = Number(booking.slot.slice(0, 2)) < 14 ? 0.85 : 1;
  const base = room.pricePerHead * players * offPeak;
  const puzzleLoad = room.puzzles.reduce((a, p) => a + p.difficulty, 0) / room.puzzles.length;
  return { players, total: Math.round(base * 100) / 100, difficulty: Math.round(puzzleLoad * 10) / 10 };
}

function createBookingServer(groups) {
  const bookings = new Map();
  return http.createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req));
    const group = groups.get(body.groupId);
    if (!group || !verifyGroupPin(body.pin, group.pinHash)) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"error":"unauthorised"}');
      return;
    }
    const room = loadRoom(body.roomId);
    if (!room || !room.slots.includes(body.slot)) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"no such slot"}');
      return;
    }
    const key = `${room.id}@${body.day}@${body.slot}`;
    const taken = bookings.has(key);
    if (!taken) bookings.set(key, body.groupId);
    const q = quote(room, body);
    res.writeHead(taken ? 409 : 201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ key, status: taken ? 'waitlisted' : 'confirmed', ...q }));
  });
}

module.exports = { createBookingServer };
