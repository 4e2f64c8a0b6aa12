import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc's CPU times (USER_HZ): 100 on every Linux Node runs on. */
const TICKS = 100;

interface Sample {
  at: number;
  cpuSeconds: number;
  rssMb: number;
  /** Bytes handed to write calls so far (sockets included): what the process sent. */
  writtenMb: number;
  /** Time the main thread was ready to run but waited for a core (null where the kernel does not say). */
  waitedSeconds: number | null;
}

function read(pid: number): Sample | null {
  try {
    // Fields after the command name (which may hold spaces, hence the last ')'): utime is the 14th
    // field of the line, stime the 15th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS;
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const wchar = Number(/wchar:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/io`, "utf8"))?.[1] ?? 0);
    return { at: performance.now(), cpuSeconds, rssMb: rssKb / 1024, writtenMb: wchar / 2 ** 20, waitedSeconds: runQueueWait(pid) };
  } catch {
    return null; // the process is gone (a crash test killed it)
  }
}

/**
 * The main thread's time on the run queue so far, in seconds: the second field of
 * /proc/<pid>/schedstat (nanoseconds), kept by kernels built with scheduler statistics.
 */
function runQueueWait(pid: number): number | null {
  try {
    const waited = Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[1]);
    return Number.isFinite(waited) ? waited / 1e9 : null;
  } catch {
    return null;
  }
}

export interface ProcSummary {
  /** Largest resident set seen. */
  peakRssMb: number;
  /** Resident set at the last sample. */
  lastRssMb: number;
  /** CPU used over the window, as a share of one core (100 = one core busy throughout). */
  meanCpuPct: number;
  /** The busiest second. */
  peakCpuPct: number;
  /** Written over the window (for a server: what it sent its clients). */
  writtenMb: number;
  /**
   * Share of the window the main thread spent ready to run but waiting for a core (100 = all of
   * it), or null where the kernel does not say: on a machine the phones share, the part of a
   * latency that is neither the server's work nor the phones'.
   */
  waitedPct: number | null;
}

/** Samples a process's CPU time, resident memory, writes and run-queue wait from /proc every `everyMs`. */
export class ProcSampler {
  private readonly samples: Sample[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly pid: number, private readonly everyMs = 250) {}

  start(): this {
    this.take();
    this.timer = setInterval(() => this.take(), this.everyMs);
    return this;
  }

  private take(): void {
    const s = read(this.pid);
    if (s) this.samples.push(s);
  }

  /** What was seen since `from` (performance.now()), then keeps sampling. */
  summary(from = 0): ProcSummary {
    this.take();
    const window = this.samples.filter((s) => s.at >= from);
    const first = window[0];
    const last = window[window.length - 1];
    if (!first || !last) return { peakRssMb: 0, lastRssMb: 0, meanCpuPct: 0, peakCpuPct: 0, writtenMb: 0, waitedPct: null };
    let peakCpuPct = 0;
    // Busiest second: each sample against the first one at least a second before it.
    let j = 0;
    for (let i = 0; i < window.length; i++) {
      const s = window[i]!;
      while (j < i && s.at - window[j + 1]!.at >= 1000) j++;
      const base = window[j]!;
      if (s.at - base.at >= 900) peakCpuPct = Math.max(peakCpuPct, ((s.cpuSeconds - base.cpuSeconds) / ((s.at - base.at) / 1000)) * 100);
    }
    const seconds = (last.at - first.at) / 1000;
    return {
      peakRssMb: Math.max(...window.map((s) => s.rssMb)),
      lastRssMb: last.rssMb,
      meanCpuPct: seconds > 0 ? ((last.cpuSeconds - first.cpuSeconds) / seconds) * 100 : 0,
      peakCpuPct,
      writtenMb: last.writtenMb - first.writtenMb,
      waitedPct: seconds > 0 && first.waitedSeconds !== null && last.waitedSeconds !== null ? ((last.waitedSeconds - first.waitedSeconds) / seconds) * 100 : null,
    };
  }

  /** CPU per second since `from`, as a share of one core: for seeing where a stretch spent it. */
  timeline(from = 0): number[] {
    const window = this.samples.filter((s) => s.at >= from);
    const out: number[] = [];
    for (let i = 4; i < window.length; i += 4) {
      const a = window[i - 4]!;
      const b = window[i]!;
      out.push(Math.round(((b.cpuSeconds - a.cpuSeconds) / ((b.at - a.at) / 1000)) * 100));
    }
    return out;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
