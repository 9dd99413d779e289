'use strict';

const { checkFrame } = require('./qc');

const AUDIT_DEPTH = 256;
const auditLog = new Map();

function auditTrail(frame, stage) {
  const snapshot = JSON.parse(JSON.stringify(frame));
  let trail = auditLog.get(frame.flightId);
  if (!trail) {
    trail = { entries: new Array(AUDIT_DEPTH), next: 0 };
    auditLog.set(frame.flightId, trail);
  }
  trail.entries[trail.next] = { stage, seq: frame.seq, snapshot };
  trail.next = (trail.next + 1) % AUDIT_DEPTH;
  return frame;
}

function decodeStage(frame) {
  frame.ptu.pressure = Math.round(frame.ptu.pressure * 100) / 100;
  frame.ptu.temperature = Math.round(frame.ptu.temperature * 100) / 100;
  frame.ptu.humidity = Math.round(frame.ptu.humidity * 10) / 10;
  return auditTrail(frame, 'decode');
}

function qualityStage(frame) {
  const flags = checkFrame(frame);
  for (const f of flags) frame.flags.push(f);
  if (flags.some((f) => f.channel === 'humidity')) frame.ptu.humidity = Math.min(100, Math.max(0, frame.ptu.humidity));
  return auditTrail(frame, 'qc');
}

function smoothingStage(window) {
  const recent = new Map();
  return function smoothFrame(frame) {
    let buf = recent.get(frame.flightId);
    if (!buf) {
      buf = [];
      recent.set(frame.flightId, buf);
    }
    buf.push(frame.wind.speed);
    if (buf.length > window) buf.shift();
    let sum = 0;
    for (const v of buf) sum += v;
    frame.wind.speed = sum / buf.length;
    return auditTrail(frame, 'smooth');
  };
}

module.exports = { decodeStage, qualityStage, smoothingStage, auditTrail, auditLog };
