'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRng } = require('./lib/rng');
const { Logger } = require('./lib/logger');
const { DESKS, writeDropFolder, writePreviousManifest } = require('./lib/feed');
const { Stage, runPipeline } = require('./lib/pipeline');
const { splitMessages, parseMessage } = require('./lib/wire-parser');
const { Classifier, PublishedIndex } = require('./lib/desk');
const { EDITIONS, editionsFor, renderStory } = require('./lib/editions');
const { Outbox } = require('./lib/outbox');

const STORIES = 5500;
const PREVIOUS_DAY = 3000;
const BATCH_SIZE = 150;

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wire-desk-'));
  const log = new Logger('wire-desk', process.env.LOG_LEVEL || 'info');
  try {
    const dropDir = path.join(root, 'drop');
    fs.mkdirSync(dropDir);
    const files = writeDropFolder(dropDir, createRng(5150), { stories: STORIES, batchSize: BATCH_SIZE });
    const previousManifest = path.join(root, 'manifest-previous.json');
    writePreviousManifest(previousManifest, createRng(5149), PREVIOUS_DAY);
    log.info(`drop folder ready: ${files.length} batches`);

    const classifier = new Classifier(DESKS);
    const index = new PublishedIndex();
    index.restore(JSON.parse(fs.readFileSync(previousManifest, 'utf8')));
    const outbox = new Outbox(path.join(root, 'outbox'), EDITIONS);

    const stages = [
      new Stage('read', async (file) => splitMessages(await fs.promises.readFile(file, 'utf8')), { log: log.child('read') }),
      new Stage('parse', (raw) => parseMessage(raw), { log: log.child('parse') }),
      new Stage('dedupe', (story) => index.admit(story), { log: log.child('dedupe') }),
      new Stage('classify', (story) => classifier.classify(story), { log: log.child('classify') }),
      new Stage('render', (story) => editionsFor(story).map((e) => renderStory(story, e)), { log: log.child('render') }),
      new Stage('publish', (rendered) => outbox.publish(rendered), { concurrency: 4, log: log.child('publish') }),
    ];
    const stats = await runPipeline(stages, files);
    await outbox.close();

    const perEdition = new Map();
    for (const m of outbox.manifest) perEdition.set(m.edition, (perEdition.get(m.edition) || 0) + 1);
    const corrections = outbox.manifest.filter((m) => m.supersedes).length;
    for (const s of stats) {
      log.info(`${s.stage.padEnd(9)} in=${s.in} out=${s.out} dropped=${s.dropped} failed=${s.failed} busy=${s.busyMs.toFixed(0)}ms`);
    }
    for (const [edition, n] of perEdition) log.info(`edition ${edition}: ${n} pages`);
    log.info(`published ${outbox.manifest.length} pages, ${corrections} corrections, ${(outbox.bytes / 1e6).toFixed(1)} MB`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
