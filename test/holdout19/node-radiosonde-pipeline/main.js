'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { mulberry32 } = require('./lib/random');
const { flightFrames } = require('./lib/telemetry');
const { FrameQueue } = require('./lib/queue');
const { decodeStage, qualityStage, smoothingStage } = require('./lib/stages');
const { FlightAssembler } = require('./lib/assembler');

const STATIONS = [
  { station: '06610', name: 'Payerne', lat: 46.81, lon: 6.94, elevation: 491 },
  { station: '10739', name: 'Stuttgart', lat: 48.83, lon: 9.2, elevation: 314 },
  { station: '11035', name: 'Wien', lat: 48.25, lon: 16.36, elevation: 200 },
  { station: '16080', name: 'Milano', lat: 45.43, lon: 9.28, elevation: 103 },
  { station: '07145', name: 'Trappes', lat: 48.77, lon: 2.01, elevation: 168 },
  { station: '10868', name: 'Muenchen', lat: 48.24, lon: 11.55, elevation: 484 },
];
const FLIGHTS = Number(process.env.RADIOSONDE_FLIGHTS || 13);

async function main() {
  const rand = mulberry32(771903);
  const assemblers = new Map();
  const sink = (frame) => {
    let asm = assemblers.get(frame.flightId);
    if (!asm) {
      asm = new FlightAssembler(frame.flightId, frame.station);
      assemblers.set(frame.flightId, asm);
    }
    asm.accept(frame);
  };
  const queue = new FrameQueue({ stages: [decodeStage, qualityStage, smoothingStage(10)], sink, batchSize: 500 });

  const flights = [];
  for (let i = 0; i < FLIGHTS; i++) {
    const st = STATIONS[i % STATIONS.length];
    flights.push({ id: `${st.station}-${2024000 + i}`, ...st, ozonesonde: i % 7 === 3, night: i % 2 === 1 });
  }
  let frames = 0;
  for (const flight of flights) {
    for (const frame of flightFrames(rand, flight)) {
      queue.push(frame);
      frames++;
      if (queue.pending.length >= 4000) await queue.idle();
    }
  }
  await queue.idle();

  const soundings = [...assemblers.values()].map((a) => a.sounding());
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'radiosonde-'));
  try {
    for (const s of soundings) {
      const lines = s.levels.map((l) => [l.pressure, l.height.toFixed(0), l.temperature.toFixed(1), l.dewPoint.toFixed(1), l.u.toFixed(1), l.v.toFixed(1)].join(','));
      await fs.promises.writeFile(path.join(tmp, `${s.flightId}.csv`), 'p,z,t,td,u,v\n' + lines.join('\n') + '\n');
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const dup = soundings.reduce((a, s) => a + s.duplicates, 0);
  const trop = soundings.filter((s) => s.tropopause).length;
  console.log(`radiosonde: ${flights.length} flights, ${frames} frames, ${dup} duplicates dropped, ${trop} tropopauses found`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
