/**
 * How much of the machine other processes used while the bench ran. Timings on a shared machine
 * are only worth reading if nothing else competed for the cores, and neither the load average
 * nor the machine's total CPU time can tell, because the bench's own processes (Chromium's
 * among them, which are not reaped as our children) raise both. So the CPU time of every
 * process outside this process's tree is sampled from /proc once a second. Linux only; elsewhere
 * the share is unknown.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Above this share of the CPU taken by others, the run's times are flagged as unreliable. */
export const BUSY_SHARE = 0.1;

interface ProcStat {
  ppid: number;
  /** utime + stime, in clock ticks. */
  cpu: number;
  /** Start time since boot: with the pid, it tells a process from a later one reusing its pid. */
  started: string;
}

/** The fields of /proc/<pid>/stat used here, or null if the process has gone. */
function readStat(pid: number): ProcStat | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name (which may hold spaces and parentheses): state, ppid, …; utime and
    // stime are the 12th and 13th, starttime the 20th (see proc(5)).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]), started: fields[19]! };
  } catch {
    return null;
  }
}

/** Busy and total CPU time of the whole machine, in clock ticks (first line of /proc/stat). */
function machineTicks(): number {
  const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return user! + nice! + system! + idle! + iowait! + irq! + softirq! + steal!;
}

export class OthersCpuMonitor {
  /** CPU seen so far per process (`pid:starttime`) outside our tree. */
  readonly #seen = new Map<string, number>();
  #othersTicks = 0;
  #startTicks = 0;
  #timer: NodeJS.Timeout | null = null;

  /** Starts sampling; returns null where /proc is not available. */
  static start(everyMs = 1000): OthersCpuMonitor | null {
    if (!existsSync('/proc/stat') || !existsSync(`/proc/${process.pid}/stat`)) return null;
    const monitor = new OthersCpuMonitor();
    monitor.#startTicks = machineTicks();
    monitor.#sample(true);
    monitor.#timer = setInterval(() => monitor.#sample(false), everyMs);
    monitor.#timer.unref();
    return monitor;
  }

  /** Stops sampling and returns the share (0–1) of the machine's CPU that other processes used. */
  stop(): number {
    this.#sample(false);
    clearInterval(this.#timer!);
    const total = machineTicks() - this.#startTicks;
    return total > 0 ? this.#othersTicks / total : 0;
  }

  /** Adds the CPU other processes used since the last sample (at the first one, sets the baseline). */
  #sample(baseline: boolean): void {
    const stats = new Map<number, ProcStat>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const stat = readStat(Number(name));
      if (stat) stats.set(Number(name), stat);
    }
    for (const [pid, stat] of stats) {
      if (this.#isOurs(pid, stats)) continue;
      const key = `${pid}:${stat.started}`;
      // A process first seen after the baseline started during the run: all its CPU counts.
      const before = this.#seen.get(key) ?? (baseline ? stat.cpu : 0);
      this.#othersTicks += stat.cpu - before;
      this.#seen.set(key, stat.cpu);
    }
  }

  /** True for this process and its descendants. */
  #isOurs(pid: number, stats: Map<number, ProcStat>): boolean {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = stats.get(p)?.ppid ?? 0, hops++) {
      if (p === process.pid) return true;
    }
    return false;
  }
}
