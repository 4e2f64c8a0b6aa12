/**
 * Latencies in whole milliseconds, counted per millisecond up to a minute (more goes in the last
 * slot): millions of samples in a fixed 240 KB, merged across processes by adding counts.
 */
export class Histogram {
  static readonly MAX_MS = 60_000;
  private readonly counts = new Uint32Array(Histogram.MAX_MS + 1);
  count = 0;
  max = 0;

  record(ms: number): void {
    const slot = Math.min(Histogram.MAX_MS, Math.max(0, Math.round(ms)));
    this.counts[slot]!++;
    this.count++;
    if (ms > this.max) this.max = ms;
  }

  /** The value below which `p` percent of the samples lie; NaN with no samples. */
  percentile(p: number): number {
    if (this.count === 0) return NaN;
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let ms = 0; ms < this.counts.length; ms++) {
      seen += this.counts[ms]!;
      if (seen >= rank) return ms;
    }
    return Histogram.MAX_MS;
  }

  /** Only the slots that hold something: [ms, count] pairs, small enough to send between processes. */
  toJSON(): { pairs: [number, number][]; max: number } {
    const pairs: [number, number][] = [];
    this.counts.forEach((n, ms) => {
      if (n > 0) pairs.push([ms, n]);
    });
    return { pairs, max: this.max };
  }

  add(other: { pairs: [number, number][]; max: number }): this {
    for (const [ms, n] of other.pairs) {
      this.counts[ms]! += n;
      this.count += n;
    }
    this.max = Math.max(this.max, other.max);
    return this;
  }
}

export type HistogramData = ReturnType<Histogram["toJSON"]>;
