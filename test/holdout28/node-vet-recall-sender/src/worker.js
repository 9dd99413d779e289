'use strict';

const fs = require('fs');
const path = require('path');
const { MessagingGatewayClient } = require('./gateway-client');

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const PARTIAL = /\{\{> (\w+)\}\}/g;

function loadRecallTemplate(templateDir, practiceId, recallType) {
  const dir = path.join(templateDir, practiceId);
  const resolve = (file) => {
    const override = path.join(dir, 'overrides', file);
    return fs.existsSync(override) ? override : path.join(dir, file);
  };
  const source = fs.readFileSync(resolve(`${recallType}.tmpl`), 'utf8');
  return source.replace(PARTIAL, (_, name) => fs.readFileSync(resolve(`_${name}.tmpl`), 'utf8'));
}

function renderTemplate(template, vars) {
  return template.replace(PLACEHOLDER, (_, key) => (vars[key] != null ? String(vars[key]) : ''));
}

async function dispatchRecall(job, ctx) {
  const practice = ctx.practices.get(job.practiceId);
  const template = loadRecallTemplate(ctx.templateDir, job.practiceId, job.recallType);
  const body = renderTemplate(template, {
    ownerFirst: job.owner.first,
    ownerLast: job.owner.last,
    petName: job.petName,
    dueDate: job.dueDate,
    practicePhone: practice.phone,
    recallRef: job.recallRef,
  });
  ctx.log.info('recall rendered', { recallRef: job.recallRef, practice: job.practiceId, type: job.recallType, chars: body.length });

  const client = new MessagingGatewayClient({ baseUrl: ctx.gatewayUrl, apiKey: ctx.apiKey, timeoutMs: 3000 });
  try {
    let to = job.owner.email;
    if (job.channel === 'sms') {
      to = client.toE164(job.owner.phone);
      if (!to) {
        ctx.stats.undeliverable++;
        ctx.log.warn('recall skipped: not a mobile number', { recallRef: job.recallRef });
        return;
      }
    }
    ctx.log.info('sending recall', { recallRef: job.recallRef, channel: job.channel });
    const res = await client.send({ channel: job.channel, to, from: practice.name.slice(0, 11), body, reference: job.recallRef });
    if (res.status === 202) {
      ctx.stats.sent++;
      ctx.stats.segments += res.body.segments;
      ctx.log.info('recall dispatched', { recallRef: job.recallRef, messageId: res.body.messageId, segments: res.body.segments });
    } else {
      ctx.stats.failed++;
      ctx.log.warn('recall rejected by gateway', { recallRef: job.recallRef, status: res.status });
    }
  } finally {
    client.close();
  }
}

async function runWorker(jobs, ctx, concurrency) {
  let next = 0;
  async function lane() {
    while (next < jobs.length) {
      const job = jobs[next++];
      await dispatchRecall(job, ctx);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane));
}

module.exports = { runWorker };
