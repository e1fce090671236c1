import { DeployError } from '../errors.js';

/** The `results` output: per function and region, its label, region, state and outputs. */
export function resultsJson(results: readonly FleetResult[]): string {
  return JSON.stringify(results.map(({ outputs, ...result }) => ({ ...result, ...outputs })));
}

/** One function in one region, as the `results` output gives it. */
export interface FleetResult {
  /** "orders-api", or "orders-api in eu-west-1" with regions. */
  readonly label: string;
  readonly 'function-name': string;
  readonly region: string;
  /** What the run left it in, in words: 'released', 'not moved: …', 'put back', 'failed: …'. */
  readonly state: string;
  /** Why it failed, when it did. */
  readonly error?: string;
  readonly outputs: Readonly<Record<string, string>>;
}

/** The fleet's run failed; `results` (and the step's output) still say where each one is. */
export class FleetFailed extends DeployError {
  constructor(
    message: string,
    readonly results: readonly FleetResult[],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  get outputs(): Record<string, string> {
    return { results: resultsJson(this.results) };
  }
}
