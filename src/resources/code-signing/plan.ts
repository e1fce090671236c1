// The function's code signing config: Lambda keeps it apart from the configuration, and
// checks every later code update against it, so it is applied before the code.

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
