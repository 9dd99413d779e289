'use strict';
const { PrintFleetClient } = require('./fleet');
const { JobContext, preflight, impose, price } = require('./pipeline');

function createPrintWorker({ channel, queue, catalog, state, mediaById, logger, results }) {
  async function handle(msg) {
    let order;
    try {
      order = JSON.parse(msg.content.toString('utf8'));
    } catch (err) {
      logger.warn('discarding malformed message', { err: err.message });
      return channel.ack(msg);
    }
    const log = logger.child({ orderId: order.orderId, customer: order.customer });
    const ctx = new JobContext(order, mediaById.get(order.mediaId), log);
    ctx.recordStage('received');

    preflight(ctx);
    ctx.recordStage('preflight');

    impose(ctx);
    ctx.recordStage('imposed');

    const fleet = new PrintFleetClient({ catalog, state, endpoint: 'http://spooler.printroom.internal:8631/' });
    const route = fleet.route(ctx.job);
    if (!route) {
      log.warn('no printer can take this job', { sheet: ctx.job.imposition.sheet, gsm: ctx.job.media.gsm });
      results.held++;
      return channel.ack(msg);
    }
    const toner = fleet.tonerUsage(route.printer.id, order.pages);
    log.debug('toner estimate', { printer: route.printer.id, cmyk: toner });
    ctx.job.route = { printerId: route.printer.id, site: route.printer.site, etaMinutes: Math.round(route.etaMinutes) };
    ctx.recordStage('routed');

    price(ctx, toner, route.printer);
    ctx.recordStage('priced');

    const spool = fleet.submit(ctx.job, route);
    log.info('job spooled', { spoolId: spool.spoolId, sheets: ctx.job.imposition.sheets, net: ctx.job.price.net, warnings: ctx.job.warnings.length, stages: ctx.history.length });
    results.done++;
    results.revenue += ctx.job.price.net;
    results.warnings += ctx.job.warnings.length;
    channel.ack(msg);
  }

  channel.consume(queue, handle, { prefetch: 8 });
}

module.exports = { createPrintWorker };
