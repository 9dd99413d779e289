// Runs the whole test suite and ends with the plain summary line CI reads
// (`N passed, N failed, N skipped`): vitest's own summary is not one of the
// formats CI knows, so it is computed from vitest's JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const REPORT = '.vitest-report.json';
rmSync(REPORT, { force: true });
const build = spawnSync('npx', ['tsc', '-b'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const run = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORT}`, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (!existsSync(REPORT)) {
  console.log('0 passed, 1 failed');
  process.exit(run.status || 1);
}
const r = JSON.parse(readFileSync(REPORT, 'utf8'));
const skipped = r.numPendingTests + r.numTodoTests;
// A suite that fails to load counts as a failure even though it ran no test.
const failed = r.numFailedTests + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0);
console.log(`${r.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status !== 0 || failed > 0 || r.numPassedTests === 0 ? 1 : 0);
