'use strict';

// Produces the text payloads that the LoRa gateways forward: one line per
// uplink, `key=value` pairs separated by semicolons.
function* uplinks(rng, sites, count, startMinute) {
  const hives = [];
  for (const s of sites) for (const h of s.hiveIds) hives.push(h);
  const state = new Map();
  for (let i = 0; i < count; i++) {
    const hiveId = hives[Math.floor(rng.next() * hives.length)];
    let st = state.get(hiveId);
    if (!st) {
      st = { weight: 30 + rng.next() * 25, minute: startMinute + rng.int(0, 30), fw: rng.chance(0.4) ? '2.1' : '1.7' };
      state.set(hiveId, st);
    }
    st.minute += rng.int(10, 20);
    const swarming = rng.chance(0.004);
    st.weight += swarming ? -(1.5 + rng.next() * 2) : (rng.next() - 0.45) * 0.12;
    const parts = [
      `dev=${hiveId}`, `t=${st.minute}`, `fw=${st.fw}`,
      `w=${st.weight.toFixed(3)}`, `tb=${(34.5 + (rng.next() - 0.5) * (swarming ? 3 : 0.8)).toFixed(2)}`,
      `ta=${(8 + rng.next() * 18).toFixed(2)}`,
    ];
    if (st.fw === '2.1') {
      parts.push(`rh=${(45 + rng.next() * 40).toFixed(1)}`);
      const piping = swarming || rng.chance(0.01);
      for (let b = 0; b < 8; b++) {
        const e = piping && (b === 3 || b === 4) ? 0.6 + rng.next() * 0.3 : rng.next() * 0.25;
        parts.push(`fb${b}=${e.toFixed(3)}`);
      }
    }
    if (rng.chance(0.7)) parts.push(`bat=${(3.3 + rng.next() * 0.8).toFixed(2)}`);
    if (rng.chance(0.6)) parts.push(`rssi=${-rng.int(70, 120)}`);
    yield parts.join(';');
  }
}

function decodeUplink(line) {
  const frame = { channels: {} };
  for (const part of line.split(';')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (key === 'dev') frame.hiveId = value;
    else if (key === 't') frame.minute = Number(value);
    else if (key === 'fw') frame.firmware = value;
    else frame.channels[key] = Number(value);
  }
  return frame;
}

module.exports = { uplinks, decodeUplink };
