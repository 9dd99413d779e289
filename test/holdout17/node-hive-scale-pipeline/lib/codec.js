'use strict';

// Uplink payload (16 bytes, big endian):
//  0  u8   version
//  1  u8   flags (bit0 lid open, bit1 scale fault)
//  2  u32  gross weight, grams
//  6  i16  brood temperature, centi-degC
//  8  u16  humidity, permille
// 10  u16  dominant acoustic frequency, Hz
// 12  u16  battery, mV
// 14  i16  ambient temperature, centi-degC

const PAYLOAD_BYTES = 16;

function encodeReading(r) {
  const buf = Buffer.alloc(PAYLOAD_BYTES);
  buf.writeUInt8(2, 0);
  buf.writeUInt8((r.lidOpen ? 1 : 0) | (r.scaleFault ? 2 : 0), 1);
  buf.writeUInt32BE(Math.max(0, Math.round(r.grossGrams)), 2);
  buf.writeInt16BE(Math.round(r.broodC * 100), 6);
  buf.writeUInt16BE(Math.round(r.humidity * 10), 8);
  buf.writeUInt16BE(Math.round(r.acousticHz), 10);
  buf.writeUInt16BE(Math.round(r.batteryMv), 12);
  buf.writeInt16BE(Math.round(r.ambientC * 100), 14);
  return buf.toString('base64');
}

class DecodeError extends Error {}

function decodeUplink(uplink) {
  const buf = Buffer.from(uplink.payload, 'base64');
  if (buf.length !== PAYLOAD_BYTES) throw new DecodeError(`payload length ${buf.length}`);
  const version = buf.readUInt8(0);
  if (version !== 2) throw new DecodeError(`unsupported payload version ${version}`);
  const flags = buf.readUInt8(1);
  return {
    devEui: uplink.devEui,
    ts: uplink.receivedAt,
    rssi: uplink.rssi,
    snr: uplink.snr,
    lidOpen: (flags & 1) === 1,
    scaleFault: (flags & 2) === 2,
    grossGrams: buf.readUInt32BE(2),
    broodC: buf.readInt16BE(6) / 100,
    humidity: buf.readUInt16BE(8) / 10,
    acousticHz: buf.readUInt16BE(10),
    batteryMv: buf.readUInt16BE(12),
    ambientC: buf.readInt16BE(14) / 100,
  };
}

module.exports = { encodeReading, decodeUplink, DecodeError };
