/** Bad command-line usage: exit status 2 with a one-line message. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  hotpath analyze <profile|-> [more profiles…] [options]

Reads pprof (gzipped or not), V8 .cpuprofile, JFR, collapsed stacks, speedscope
and perf script output; the format is detected from the content.

Options for analyze:
  --format text|json|markdown|sarif|html   report format (default text)
  --output, -o <file>          write the report to a file instead of stdout
  --source <dir>               source tree to resolve frames against
  --sample-type <type>         value to analyse (e.g. cpu, wall, alloc_space)
  --fail-on low|medium|high    exit 3 when a finding of this severity or higher exists
  --max-input-bytes <n>        limits on the input (defaults: 256 MiB, 1 GiB
  --max-decompressed-bytes <n>   decompressed, 20M samples, 16384 frames per
  --max-samples <n>              stack, 120000 ms to decode)
  --max-stack-depth <n>
  --timeout-ms <n>

Exit status: 0 analysed; 2 bad usage or bad input; 3 --fail-on matched; 1 internal error.
`;
