'use strict';

const ROOM_FIELDS = [
  ['length', /^\s*length\s*[:=]\s*(-?\d+(?:\.\d+)?)\s*m\s*$/i],
  ['width', /^\s*width\s*[:=]\s*(-?\d+(?:\.\d+)?)\s*m\s*$/i],
  ['height', /^\s*height\s*[:=]\s*(-?\d+(?:\.\d+)?)\s*m\s*$/i],
  ['externalWalls', /^\s*external walls\s*[:=]\s*(\d+)\s*n\s*$/i],
  ['glazingM2', /^\s*glazing\s*[:=]\s*(-?\d+(?:\.\d+)?)\s*m2\s*$/i],
  ['designTempC', /^\s*design temp\s*[:=]\s*(-?\d+(?:\.\d+)?)\s*C\s*$/i],
  ['airChanges', /^\s*air changes\s*[:=]\s*(-?\d+(?:\.\d+)?)\s*ach\s*$/i],
];

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matchRoomHeader(segment, expectedRef) {
  const header = new RegExp(`^Room (${escapeRegExp(expectedRef)}) (.+)$`);
  return header.exec(segment);
}

function parseRoomLine(line, expectedRef) {
  const segments = line.split(';');
  const head = matchRoomHeader(segments[0], expectedRef);
  if (!head) return null;
  const room = { ref: head[1], name: head[2] };
  for (let i = 1; i < segments.length; i++) {
    for (const [key, pattern] of ROOM_FIELDS) {
      if (room[key] !== undefined) continue;
      const m = pattern.exec(segments[i]);
      if (m) {
        room[key] = Number(m[1]);
        break;
      }
    }
  }
  return room;
}

function parseSurvey(survey) {
  const lines = survey.text.split('\n');
  const out = { ref: survey.ref, region: null, construction: null, flowTempC: 50, rooms: [] };
  for (const line of lines) {
    if (line.startsWith('Room ')) {
      const room = parseRoomLine(line, `${survey.ref}/R${out.rooms.length + 1}`);
      if (room) out.rooms.push(room);
    } else if (line.startsWith('Postcode area: ')) out.region = line.slice(15).trim();
    else if (line.startsWith('Construction: ')) out.construction = line.slice(14).trim();
    else if (line.startsWith('Flow temp target: ')) out.flowTempC = parseInt(line.slice(18), 10);
  }
  return out;
}

module.exports = { parseSurvey };
