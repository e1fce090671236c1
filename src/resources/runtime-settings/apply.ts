import type { LambdaAsyncRuntime } from '../../aws/lambda-async-runtime.js';
import type { Logger } from '../../logger.js';
import { runtimeManagementText, type RuntimeSettingsPlan } from './plan.js';

/** Before the code and the publish: a version published after takes $LATEST's runtime config. */
export async function applyRuntimeSettings(
  api: LambdaAsyncRuntime,
  planned: RuntimeSettingsPlan,
  log: Logger,
): Promise<void> {
  const { recursiveLoop, runtimeManagement } = planned;
  if (recursiveLoop !== undefined) {
    await api.putRecursiveLoop(recursiveLoop.to);
    log.info(`recursive-loop: ${recursiveLoop.from} -> ${recursiveLoop.to}`);
  }
  if (runtimeManagement !== undefined) {
    await api.putRuntimeManagement(runtimeManagement.to);
    log.info(
      `runtime-update: ${runtimeManagementText(runtimeManagement.from)} -> ${runtimeManagementText(runtimeManagement.to)}`,
    );
  }
}
