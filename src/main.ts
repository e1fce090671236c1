import * as core from './runner/commands.js';
import { summary as stepSummary } from './runner/summary.js';
import { log, setOutputs } from './action-io.js';
import { errorMessage, failureOutputs, isSummarized } from './errors.js';
import {
  functionBaseName,
  isCleanup,
  isRollback,
  parseCleanupInputs,
  parseInputs,
  parseRollbackInputs,
} from './inputs.js';
import { isFleet, parseFleet } from './inputs/fleet.js';
import { buildCode } from './package/build-code.js';
import type { FunctionState } from './aws/function-state.js';
import type { LambdaLayer } from './aws/lambda-layer.js';
import { recordedPackage } from './resources/code/fingerprint-record.js';
import { recordedLayer } from './resources/layer/fingerprint-record.js';
import type { Building } from './run-modes.js';
import { packageOutputs } from './package/package-outputs.js';
import { rolloutGuard } from './apply/rollout/guard.js';
import { Phases } from './phases.js';
import { stateAtPhase } from './run-state.js';
import { maskCredentials, maskEnvironment, redact } from './secrets.js';

/**
 * Reads the inputs and, for a deploy, starts building the package at once. The AWS SDK and
 * all the rest (run-modes.ts) load meanwhile, while the worker threads deflate: the step
 * does not wait for code it needs only later.
 */
export async function run(): Promise<void> {
  const phases = new Phases((name, work) => core.group(name, work));
  // A cancel outside a traffic shift ends the step, saying what the run had changed.
  const guard = rolloutGuard(log);
  guard.describeState(() => stateAtPhase(phases.last));
  guard.beforeExit((message) => summarizeFailure(new Error(message), phases));
  guard.install();
  maskCredentials(process.env);
  // Loaded once the inputs parse: a bad input fails without compiling the AWS SDK.
  const loadModes = () => {
    const loading = import('./run-modes.js');
    // Awaited by the caller; until then a failure to load must not count as unhandled.
    loading.catch(() => undefined);
    return loading;
  };
  try {
    const read = (name: string): string => core.getInput(name);
    // A manifest or regions first: it refuses rollback-to and delete-alias itself.
    if (isFleet(read)) {
      const config = parseFleet(read, process.env);
      await (await loadModes()).fleet(config, phases);
    } else if (isRollback(read)) {
      const config = parseRollbackInputs(read, process.env);
      await (await loadModes()).rollback(config, phases);
    } else if (isCleanup(read)) {
      const config = parseCleanupInputs(read, process.env);
      await (await loadModes()).removePreview(config, phases);
    } else {
      const config = parseInputs(read, process.env);
      const loaded = loadModes();
      // config-file's ignored keys: names only, never a value.
      for (const notice of config.notices) core.notice(notice);
      // Before anything is printed; values that could be part of the ARN wait for it.
      maskEnvironment(config, Object.values(config.settings.environment ?? {}), undefined);
      let sourceChecked = (): void => undefined;
      const checked = new Promise<void>((resolve) => (sourceChecked = resolve));
      // The function as the deploy reads it, for the build to skip an unchanged tree.
      let functionRead: Building['functionRead'] = () => undefined;
      const functionAsRead = new Promise<{ found: FunctionState | undefined; layer?: LambdaLayer }>(
        (resolve) => {
          functionRead = (found, layer) => {
            resolve({ found, ...(layer ? { layer } : {}) });
          };
        },
      );
      const architecture = config.settings.architecture;
      const { layer } = config;
      const building = buildCode(
        config,
        functionBaseName(config.functionName),
        phases,
        log,
        (pkg) => {
          setOutputs(packageOutputs(pkg));
        },
        undefined,
        () => {
          sourceChecked();
        },
        config.skipUnchanged
          ? {
              code: async (fingerprint) =>
                recordedPackage(
                  (await functionAsRead).found,
                  fingerprint,
                  architecture,
                  config.extras.codeStorage,
                ),
              layer:
                layer === undefined
                  ? undefined
                  : async (fingerprint) => {
                      const { found, layer: reader } = await functionAsRead;
                      return recordedLayer(found, fingerprint, layer, reader);
                    },
            }
          : {},
      );
      building.catch(() => undefined);
      await (await loaded).deploy(config, phases, { building, checked, functionRead });
    }
  } catch (error) {
    try {
      setOutputs(failureOutputs(error));
    } catch (outputError) {
      log.warning(errorMessage(outputError));
    }
    if (!isSummarized(error)) await summarizeFailure(error, phases);
    core.setFailed(redact(errorMessage(error)));
  }
}

/** The job summary of a failed run that wrote none of its own. */
async function summarizeFailure(error: unknown, phases: Phases): Promise<void> {
  try {
    const { writeFailureSummary } = await import('./report/failure.js');
    const { summaryOrWarning } = await import('./report/summary-writer.js');
    await writeFailureSummary(
      summaryOrWarning(stepSummary, log, process.env),
      {
        subject: core.getInput('function-name') || 'lambda-deploy',
        error,
        phase: phases.last,
        alias: undefined,
      },
      phases.timings,
    );
  } catch (summaryError) {
    log.warning(`no job summary: ${errorMessage(summaryError)}`);
  }
}
