// The function's code signing config: Lambda keeps it apart from the configuration, and
// checks every later code update against it, so it is applied before the code.
import type { LambdaExtras } from '../aws/lambda-extras.js';
import type { Logger } from '../logger.js';

export interface CodeSigningPlan {
  /** '' when the function has none. */
  readonly from: string;
  /** '' removes it. */
  readonly to: string;
}

/** The config to set or remove; undefined when the function already has what was asked. */
export function planCodeSigning(
  wanted: string | undefined,
  current: string | undefined,
): CodeSigningPlan | undefined {
  if (wanted === undefined) return undefined;
  const from = current ?? '';
  return from === wanted ? undefined : { from, to: wanted };
}

export async function applyCodeSigning(
  extras: LambdaExtras,
  planned: CodeSigningPlan,
  log: Logger,
): Promise<void> {
  if (planned.to === '') {
    await extras.deleteCodeSigningConfig();
  } else {
    await extras.putCodeSigningConfig(planned.to);
  }
  log.info(`code-signing-config-arn: ${planned.from || '(none)'} -> ${planned.to || '(none)'}`);
}
