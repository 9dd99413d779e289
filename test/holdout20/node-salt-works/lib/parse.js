'use strict';

const { STAGES } = require('./telemetry');

const LINE_PATTERN = new RegExp(`^(SP)-(\\d{2})\\|(${STAGES.join('|')})\\|([0-9T:.\\-]+Z)\\|(.+)$`);

// Gateway field names and the reading property each one fills.
const FIELDS = [
  ['temp', 'temp'],
  ['density', 'density'],
  ['depth', 'depth'],
  ['wind', 'wind'],
  ['sal', 'salinity'],
  ['cond', 'conductivity'],
  ['rh', 'humidity'],
  ['irr', 'irradiance'],
  ['ph', 'ph'],
  ['batt', 'battery'],
];

function readField(payload, name) {
  const field = new RegExp(`(?:^|;)${name}=(-?\\d+(?:\\.\\d+)?)(?=;|$)`);
  const m = field.exec(payload);
  return m ? Number(m[1]) : undefined;
}

function parseGatewayLine(line) {
  const m = LINE_PATTERN.exec(line);
  if (!m) return null;
  const reading = {
    pond: `${m[1]}-${m[2]}`,
    stage: m[3],
    at: Date.parse(m[4]),
  };
  for (const [name, prop] of FIELDS) {
    const value = readField(m[5], name);
    if (value === undefined) return null;
    reading[prop] = value;
  }
  return reading;
}

module.exports = { parseGatewayLine };
