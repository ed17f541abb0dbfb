import { cpus, loadavg, platform, release, totalmem } from 'node:os';

/** The machine and runtime a bench run happened on: printed at the top of RESULTS.md. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly date: string;
  readonly load: string;
}

/** Describes this machine now. */
export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    date: new Date().toISOString(),
    load: loadavg()
      .map((value) => value.toFixed(2))
      .join(' / '),
  };
}
