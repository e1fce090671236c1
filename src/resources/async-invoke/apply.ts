import type { LambdaAsyncRuntime } from '../../aws/lambda-async-runtime.js';
import type { Logger } from '../../logger.js';
import { eventInvokeText, sameEventInvokeConfig, type AsyncInvokePlan } from './plan.js';

/** Puts the planned config on its qualifier, once the alias exists. */
export async function applyAsyncInvoke(
  api: LambdaAsyncRuntime,
  planned: AsyncInvokePlan,
  log: Logger,
): Promise<void> {
  await api.putEventInvokeConfig(planned.qualifier, planned.to, (read) =>
    sameEventInvokeConfig(read, planned.to),
  );
  log.info(
    `async-invoke-config on ${planned.qualifier === undefined ? '$LATEST' : `alias '${planned.qualifier}'`}: ` +
      `${eventInvokeText(planned.from)} -> ${eventInvokeText(planned.to)}`,
  );
}
