// What a step has changed so far, from the phase it is in: said when a cancel comes outside a
// traffic shift (which puts back what it moved itself) and in the summary of a failed run.

const UNCHANGED = /^(Package|Plan)/;
const LATEST = /^(Configuration|Update code|Create function|Code signing)/;
const VERSION = /^(Publish|Smoke test$|Provisioned concurrency)/;
const RELEASED = /^(Free old|Prune versions|Pull request comment)/;

/** A sentence on what the run had changed when it stopped in `phase`. */
export function stateAtPhase(phase: string | undefined): string {
  if (phase === undefined || UNCHANGED.test(phase)) return 'nothing was changed';
  if (phase.startsWith('Layer'))
    return 'a layer version may have been published; the function was not changed';
  if (LATEST.test(phase)) {
    return "$LATEST may hold part of this run's changes; no version was published and no alias moved";
  }
  if (VERSION.test(phase)) return 'a version may have been published; no alias moved';
  if (RELEASED.test(phase)) return 'the release was done; what came after it may not be';
  return `it stopped in '${phase}'`;
}
