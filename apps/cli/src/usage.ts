/** Bad command-line usage: exit status 2 with a one-line message. */
export class UsageError extends Error {}

export const USAGE = `Usage:
  hotpath analyze <profile|-> [more profiles…] [options]
  hotpath rules list [--format text|json]
  hotpath rules test

Reads pprof (gzipped or not), V8 .cpuprofile, JFR, collapsed stacks, speedscope
and perf script output; the format is detected from the content.

Options for analyze:
  --format text|json|markdown|sarif|html   report format (default text; html is
                               one page with a flame graph: use it with -o)
  --output, -o <file>          write the report to a file instead of stdout
  --source <dir>               source tree to resolve frames against; in a git
                                 checkout, its origin and HEAD give source links
  --repo <owner/name>          link locations to this repository at this
  --commit <sha>                 commit (both override what --source's git says)
  --source-base-url <url>      where the repository is served, for GitHub
                                 Enterprise (default https://github.com)
  --sample-type <type>         value to analyse (e.g. cpu, wall, alloc_space)
  --fail-on low|medium|high    exit 3 when a finding of this severity or higher exists
  --no-rules                   skip the rule library
  --no-model                   skip the stack classifier (models/stack-classifier.onnx)
  --model-threshold <p>        probability a classifier category needs (default 0.8)
  --fleet-size <n>             instances, for the monthly cost estimate (default 1)
  --price-per-core-hour <usd>  cost constants (defaults 0.0425 USD, 7 W per core,
  --watts-per-core <w>           PUE 1.7, 0.000379 t CO2 per kWh)
  --pue <x>
  --co2-tonnes-per-kwh <t>
  --max-input-bytes <n>        limits on the input (defaults: 256 MiB, 1 GiB
  --max-decompressed-bytes <n>   decompressed, 20M samples, 16384 frames per
  --max-samples <n>              stack, 120000 ms to decode)
  --max-stack-depth <n>
  --timeout-ms <n>

Exit status: 0 analysed; 2 bad usage or bad input; 3 --fail-on matched; 1 internal error.
`;
