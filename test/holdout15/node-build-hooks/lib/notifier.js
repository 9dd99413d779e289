'use strict';
// Fans build events out to the integrations that subscribed to them
// (chat bridge, status page, metrics ingest, deploy bot).
const http = require('http');

function forwardEvent(subscriber, message) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify(message);
    const req = http.request(
      {
        host: subscriber.url.hostname,
        port: subscriber.url.port,
        path: subscriber.url.pathname,
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-relay-subscriber': subscriber.name },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function buildStatusMessage(run) {
  const icon = run.status === 'passed' ? ':white_check_mark:' : run.status === 'failed' ? ':x:' : ':warning:';
  const failed = run.tests.filter((t) => t.status === 'failed');
  return {
    channel: `#ci-${run.pipeline}`,
    text: `${icon} ${run.pipeline} #${run.number} on ${run.branch} ${run.status} in ${Math.round(run.durationMs / 1000)}s`,
    attachments: failed.slice(0, 5).map((t) => ({ title: `${t.suite} › ${t.name}`, text: t.message })),
  };
}

function buildEventFor(subscriber, run, statusMessage) {
  switch (subscriber.kind) {
    case 'chat':
      return statusMessage;
    case 'status-page':
      return { component: run.pipeline, status: run.status === 'passed' ? 'operational' : 'degraded_performance', text: statusMessage.text };
    case 'metrics':
      return { text: statusMessage.text, series: 'ci.build.duration', tags: { pipeline: run.pipeline, branch: run.branch, status: run.status }, value: run.durationMs };
    case 'audit':
      return { text: statusMessage.text, actor: run.author, action: 'ci.build.finished', resource: run.runId, commit: run.commit, at: Date.now() };
    case 'pager':
      return { text: statusMessage.text, routing_key: `ci-${run.pipeline}`, event_action: run.status === 'failed' && run.branch === 'main' ? 'trigger' : 'resolve', dedup_key: `${run.pipeline}:${run.branch}` };
    case 'deploy':
      return { text: statusMessage.text, pipeline: run.pipeline, commit: run.commit, deployable: run.status === 'passed' && run.branch === 'main' };
    default:
      return statusMessage;
  }
}

module.exports = { forwardEvent, buildStatusMessage, buildEventFor };
