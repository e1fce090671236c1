export interface PhaseTiming {
  readonly name: string;
  readonly seconds: number;
}

/** Runs `work` as a collapsible log group, as @actions/core's group does. */
export type Group = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/** Runs each phase of the deploy in its own log group and remembers how long it took. */
export class Phases {
  private readonly done: PhaseTiming[] = [];
  private latest: string | undefined;

  constructor(private readonly group: Group) {}

  async run<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    this.latest = name;
    try {
      return await this.group(name, work);
    } finally {
      this.done.push({ name, seconds: (performance.now() - started) / 1000 });
    }
  }

  get timings(): readonly PhaseTiming[] {
    return this.done;
  }

  /** The phase that started last: the one running, or the one a failure came from. */
  get last(): string | undefined {
    return this.latest;
  }
}
