// The post step: when the main step ended inside a rollout window (a job cancelled past the
// runner's grace time, a killed runner process), the state it saved names the aliases it
// moved. Each one still as this run left it (its RevisionId, or this run's record) is put
// back to its routing before the run, without the new version's share; one another run
// moved since is left alone and named.
import * as core from './runner/commands.js';
import { summary as stepSummary } from './runner/summary.js';
import { log } from './action-io.js';
import { createLambdaClient } from './aws/clients.js';
import { LambdaRelease } from './aws/lambda-release.js';
import type { LaneState, RolloutContext } from './apply/rollout/lane.js';
import { RolledBack, stopRollout } from './apply/rollout/stop.js';
import type { SavedRollout } from './apply/rollout/lane.js';
import { errorMessage } from './errors.js';
import { DEFAULT_REQUEST_TIMEOUT_SECONDS } from './inputs.js';
import { runLabel } from './inputs/release.js';
import { summaryOrWarning } from './report/summary-writer.js';

export async function runPost(saved: SavedRollout): Promise<void> {
  log.warning(
    'The main step ended while traffic was shifting (the job was cancelled, or the step killed): ' +
      'putting back the aliases it moved',
  );
  const outcome = await putBackSaved(saved, requestTimeout(), process.env);
  const summary = summaryOrWarning(stepSummary, log, process.env);
  await summary
    .addHeading('Lambda deploy: rollout put back after the main step ended', 3)
    .addRaw(outcome.message, true)
    .write();
  if (outcome.rolledBack) log.warning(outcome.message);
  else core.setFailed(outcome.message);
}

/** Puts each saved alias back; what happened, in words, and whether all are off the version. */
export async function putBackSaved(
  saved: SavedRollout,
  requestTimeoutSeconds: number,
  env: NodeJS.ProcessEnv,
): Promise<{ readonly message: string; readonly rolledBack: boolean }> {
  const clients = new Map<string, ReturnType<typeof createLambdaClient>>();
  const lanes: LaneState[] = saved.aliases.map((alias) => {
    const client =
      clients.get(alias.region) ?? createLambdaClient(alias.region, requestTimeoutSeconds);
    clients.set(alias.region, client);
    const releaser = new LambdaRelease(client, alias.function, alias.region, log);
    const before =
      alias.before === null
        ? undefined
        : {
            name: alias.alias,
            arn: '',
            version: alias.before.version,
            weights: alias.before.weights,
            revisionId: undefined,
            description: alias.before.description,
          };
    return {
      lane: {
        ...(saved.aliases.length > 1 ? { label: `${alias.function} in ${alias.region}` } : {}),
        releaser,
        alarms: undefined,
        alias: alias.alias,
        before,
        version: alias.version,
        steps: true,
      },
      // UpdateAlias carries the RevisionId the main step last left: an alias moved since is
      // refused by Lambda, and left alone unless it carries this run's record.
      current:
        alias.revisionId === null
          ? undefined
          : {
              name: alias.alias,
              arn: '',
              version: alias.version,
              weights: {},
              revisionId: alias.revisionId,
            },
    };
  });
  const context: RolloutContext = {
    rollout: { steps: [100], intervalSeconds: 0, alarms: [] },
    label: runLabel(env),
    run: saved.run,
    log,
    signal: undefined,
    save: () => undefined,
  };
  try {
    return await stopRollout(
      lanes,
      { text: 'The main step ended mid-rollout' },
      context,
      () => undefined,
    );
  } catch (error) {
    return { message: errorMessage(error), rolledBack: error instanceof RolledBack };
  }
}

function requestTimeout(): number {
  const given = Number(core.getInput('request-timeout'));
  return Number.isInteger(given) && given >= 1 && given <= 3600
    ? given
    : DEFAULT_REQUEST_TIMEOUT_SECONDS;
}
