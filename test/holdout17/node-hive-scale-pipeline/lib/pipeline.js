'use strict';

const { decodeUplink, DecodeError } = require('./codec');
const { RollingWindow } = require('./window');
const { evaluate } = require('./detectors');

const WINDOW_MS = 8 * 3600e3;

function buildPipeline({ bus, fleet, alerts, summary, archive, logger }) {
  const windows = new Map();
  const stats = { decoded: 0, rejected: 0, unknownDevice: 0, analysed: 0, alertsRaised: 0 };
  const log = logger.child({ component: 'pipeline' });

  bus.subscribe('uplink', 'decoder', (uplink) => {
    let reading;
    try {
      reading = decodeUplink(uplink);
    } catch (err) {
      if (!(err instanceof DecodeError)) throw err;
      stats.rejected++;
      log.warn('rejected uplink from %s: %s', uplink.devEui, err.message);
      return;
    }
    stats.decoded++;
    bus.publish('reading.decoded', reading);
  });

  bus.subscribe('reading.decoded', 'enricher', (reading) => {
    const hive = fleet.byDevEui.get(reading.devEui);
    if (!hive) {
      stats.unknownDevice++;
      return;
    }
    reading.hiveId = hive.hiveId;
    reading.apiaryId = hive.apiaryId;
    reading.netGrams = reading.grossGrams - hive.tareGrams - hive.supers * 2600;
    reading.tsMs = Date.parse(reading.ts);
    bus.publish('reading.enriched', reading);
  });

  bus.subscribe('reading.enriched', 'analyser', (reading) => {
    let win = windows.get(reading.devEui);
    if (!win) {
      win = new RollingWindow(WINDOW_MS);
      windows.set(reading.devEui, win);
    }
    const windowStats = win.ingest(reading);
    stats.analysed++;
    log.debug('window %s at %s: n=%d mean=%dg drop=%dg brood=%d', reading.hiveId, reading.ts, windowStats.samples, windowStats.weightMean, windowStats.largestDrop, windowStats.tempMean);
    for (const found of evaluate(reading, windowStats)) {
      bus.publish('alert', { ...found, devEui: reading.devEui, hiveId: reading.hiveId, apiaryId: reading.apiaryId, ts: reading.ts, tsMs: reading.tsMs });
    }
  });

  bus.subscribe('reading.enriched', 'summariser', (reading) => summary.add(reading));

  bus.subscribe('reading.enriched', 'archiver', (reading) => archive.append(reading));

  bus.subscribe('alert', 'notifier', (alert) => {
    if (alerts.raise(alert)) {
      stats.alertsRaised++;
      if (alert.severity === 'high') log.info('ALERT %s %s: %s', alert.hiveId, alert.kind, alert.detail);
    }
  });

  return stats;
}

module.exports = { buildPipeline };
