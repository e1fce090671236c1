export interface PhaseTiming {
  readonly name: string;
  readonly seconds: number;
  /** When the phase ended, in seconds since the run began: the last one is the run's total. */
  readonly endedSeconds?: number;
}

/** Runs `work` as a collapsible log group, as the runner's group command does (runner/commands.ts). */
export type Group = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/** Runs each phase of the deploy in its own log group and remembers how long it took. */
export class Phases {
  private readonly done: PhaseTiming[] = [];
  private latest: string | undefined;
  private readonly began = performance.now();

  constructor(private readonly group: Group) {}

  async run<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    this.latest = name;
    try {
      return await this.group(name, work);
    } finally {
      const now = performance.now();
      this.done.push({
        name,
        seconds: (now - started) / 1000,
        endedSeconds: (now - this.began) / 1000,
      });
    }
  }

  get timings(): readonly PhaseTiming[] {
    return this.done;
  }

  /** Seconds since the run began. */
  get elapsedSeconds(): number {
    return (performance.now() - this.began) / 1000;
  }

  /** The phase that started last: the one running, or the one a failure came from. */
  get last(): string | undefined {
    return this.latest;
  }
}
