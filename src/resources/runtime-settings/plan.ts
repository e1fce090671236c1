// recursive-loop (the function's, PutFunctionRecursionConfig) and runtime-update with
// runtime-version-arn ($LATEST's, PutRuntimeManagementConfig, which versions published after
// it take): read only when set, put only when they differ.
import type { LambdaAsyncRuntime, RuntimeManagement } from '../../aws/lambda-async-runtime.js';
import type { UrlAsyncRuntimeSettings } from '../../inputs.js';

export interface RuntimeSettingsState {
  readonly recursiveLoop: string | undefined;
  readonly runtimeManagement: RuntimeManagement | undefined;
}

export interface RuntimeSettingsPlan {
  readonly recursiveLoop?:
    { readonly from: string; readonly to: 'Allow' | 'Terminate' } | undefined;
  readonly runtimeManagement?:
    { readonly from: RuntimeManagement; readonly to: RuntimeManagement } | undefined;
}

/** What a function Lambda has just created has. */
const CREATED: { readonly recursiveLoop: string; readonly runtimeManagement: RuntimeManagement } = {
  recursiveLoop: 'Terminate',
  runtimeManagement: { updateRuntimeOn: 'Auto', runtimeVersionArn: undefined },
};

export async function readRuntimeSettings(
  api: LambdaAsyncRuntime,
  wanted: Pick<UrlAsyncRuntimeSettings, 'recursiveLoop' | 'runtimeManagement'>,
): Promise<RuntimeSettingsState> {
  return {
    recursiveLoop: wanted.recursiveLoop === undefined ? undefined : await api.recursiveLoop(),
    runtimeManagement:
      wanted.runtimeManagement === undefined ? undefined : await api.runtimeManagement(),
  };
}

/** `state` undefined: the function is created by this run, with Lambda's defaults. */
export function planRuntimeSettings(
  wanted: Pick<UrlAsyncRuntimeSettings, 'recursiveLoop' | 'runtimeManagement'>,
  state: RuntimeSettingsState | undefined,
): RuntimeSettingsPlan | undefined {
  const recursiveFrom = state?.recursiveLoop ?? CREATED.recursiveLoop;
  const runtimeFrom = state?.runtimeManagement ?? CREATED.runtimeManagement;
  const runtimeTo: RuntimeManagement | undefined =
    wanted.runtimeManagement === undefined
      ? undefined
      : {
          updateRuntimeOn: wanted.runtimeManagement.updateRuntimeOn,
          runtimeVersionArn: wanted.runtimeManagement.runtimeVersionArn,
        };
  const plan: RuntimeSettingsPlan = {
    ...(wanted.recursiveLoop === undefined || wanted.recursiveLoop === recursiveFrom
      ? {}
      : { recursiveLoop: { from: recursiveFrom, to: wanted.recursiveLoop } }),
    ...(runtimeTo === undefined || sameRuntimeManagement(runtimeFrom, runtimeTo)
      ? {}
      : { runtimeManagement: { from: runtimeFrom, to: runtimeTo } }),
  };
  return Object.keys(plan).length === 0 ? undefined : plan;
}

function sameRuntimeManagement(a: RuntimeManagement, b: RuntimeManagement): boolean {
  return a.updateRuntimeOn === b.updateRuntimeOn && a.runtimeVersionArn === b.runtimeVersionArn;
}

/** "Manual (arn:aws:lambda:...::runtime:...)", "Auto". */
export function runtimeManagementText(config: RuntimeManagement): string {
  return config.runtimeVersionArn === undefined
    ? config.updateRuntimeOn
    : `${config.updateRuntimeOn} (${config.runtimeVersionArn})`;
}
