/**
 * A one-line progress bar on stderr, shown only on a terminal and only for
 * inputs large enough to take a noticeable time.
 */
export class Progress {
  private last = -1;
  constructor(
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  static for(size: number): Progress {
    return new Progress(Boolean(process.stderr.isTTY) && size >= 16 * 1024 * 1024);
  }

  update(phase: string, fraction: number): void {
    if (!this.enabled) return;
    const pct = Math.max(0, Math.min(100, Math.floor(fraction * 100)));
    if (pct === this.last) return;
    this.last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    this.stream.write(`\r${phase.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}%`);
  }

  done(): void {
    if (this.enabled && this.last >= 0) this.stream.write('\r\x1b[K');
    this.last = -1;
  }
}
