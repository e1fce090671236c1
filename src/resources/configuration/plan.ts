import { FINGERPRINT_TAG } from '../code/fingerprint-record.js';
import { LAYER_FINGERPRINT_TAG } from '../layer/fingerprint-record.js';
import type { UpdateFunctionConfigurationRequest } from '@aws-sdk/client-lambda';
import type { FunctionState } from '../../aws/function-state.js';
import { DeployError } from '../../errors.js';
import { checkEnvironmentSize, type FunctionSettings } from '../../inputs.js';

import { attachedLayers } from '../layer/plan.js';

import { planLambdaSettings } from './settings-plan.js';
import { planLambda2025Settings } from './lambda-2025-plan.js';
import { checkRequestSize } from './request-size.js';
import { type SettingChange, same, show } from './compare.js';

export interface ConfigurationPlan {
  /** What UpdateFunctionConfiguration would send: only settings that differ. */
  readonly update: Omit<UpdateFunctionConfigurationRequest, 'FunctionName'>;
  readonly changes: readonly SettingChange[];
  /** Tags whose value differs or that are missing; other tags are left alone. */
  readonly tags: Readonly<Record<string, string>>;
  /** tags-mode replace: the function's tag keys not listed, to remove (never aws: ones). */
  readonly untag?: readonly string[] | undefined;
}

/**
 * Compares what the user set with the function as it is; what the user did not set is left
 * out. `creating`: `current` is the nothing a create starts from (createdSettings).
 */
export function planConfiguration(
  settings: FunctionSettings,
  current: FunctionState,
  creating = false,
): ConfigurationPlan {
  const now = current.configuration;
  const update: Omit<UpdateFunctionConfigurationRequest, 'FunctionName'> = {};
  const changes: SettingChange[] = [];
  const compare = <T>(
    setting: string,
    wanted: T | undefined,
    actual: T | undefined,
    apply: (value: T) => void,
  ) => {
    if (wanted === undefined || same(wanted, actual)) return;
    changes.push({ setting, from: show(actual), to: show(wanted) });
    apply(wanted);
  };
  compare('handler', settings.handler, now.Handler, (v) => (update.Handler = v));
  compare(
    'runtime',
    settings.runtime,
    now.Runtime,
    (v) => (update.Runtime = v as UpdateFunctionConfigurationRequest['Runtime']),
  );
  compare('memory-size', settings.memorySize, now.MemorySize, (v) => (update.MemorySize = v));
  compare('timeout', settings.timeout, now.Timeout, (v) => (update.Timeout = v));
  compare(
    'description',
    settings.description,
    now.Description ?? '',
    (v) => (update.Description = v),
  );
  compare('role', settings.role, now.Role, (v) => (update.Role = v));
  compare(
    'ephemeral-storage',
    settings.ephemeralStorage,
    now.EphemeralStorage?.Size,
    (v) => (update.EphemeralStorage = { Size: v }),
  );
  const attached = attachedLayers(current);
  if (settings.layers !== undefined && !same(settings.layers, attached)) {
    changes.push({
      setting: 'layers',
      from: show(attached),
      to: settings.layers.length === 0 ? 'none' : show(settings.layers),
    });
    update.Layers = [...settings.layers];
  }
  planLambdaSettings(settings, now, update, changes);
  planLambda2025Settings(settings, now, update, changes, creating);

  if (settings.environment !== undefined) {
    const unreadable = now.Environment?.Error;
    if (unreadable !== undefined && settings.environmentMode === 'merge') {
      // Merging into nothing would send only the variables given, deleting all the others.
      throw new DeployError(
        `Could not read the function's environment variables (${unreadable.Message ?? unreadable.ErrorCode ?? 'no reason given'}), ` +
          "so they cannot be merged. Grant the key's kms:Decrypt, or set environment-mode: replace.",
      );
    }
    const before = now.Environment?.Variables ?? {};
    const after =
      settings.environmentMode === 'replace'
        ? { ...settings.environment }
        : { ...before, ...settings.environment };
    if (!same(after, before)) {
      checkEnvironmentSize(after, 'environment');
      changes.push({
        setting: 'environment',
        from: Object.keys(before).sort().join(', '),
        to: describeVariables(before, after),
      });
      update.Environment = { Variables: after };
    }
  }
  checkRequestSize(update);
  const tags = Object.fromEntries(
    Object.entries(settings.tags ?? {}).filter(([key, value]) => current.tags[key] !== value),
  );
  const untag = tagsToRemove(settings, current.tags);
  return { update, changes, tags, ...(untag.length === 0 ? {} : { untag }) };
}

/**
 * What CreateFunction will send, as changes from nothing: the same rows an update's plan
 * shows (environment by name only), so a reviewer of a create sees every setting.
 */
export function createdSettings(settings: FunctionSettings, name: string): SettingChange[] {
  const nothing: FunctionState = {
    arn: '',
    name,
    packageType: '',
    codeSha256: '',
    codeSize: 0,
    state: undefined,
    lastUpdateStatus: undefined,
    lastUpdateStatusReason: undefined,
    revisionId: undefined,
    configuration: { FunctionName: name },
    tags: {},
    resolvedImageUri: undefined,
  };
  const { changes } = planConfiguration(settings, nothing, true);
  return settings.architecture === undefined
    ? [...changes]
    : [...changes, { setting: 'architectures', from: '', to: settings.architecture }];
}

/**
 * tags-mode replace: keys the function has that tags does not list; aws: keys are AWS's own,
 * and the fingerprint records are the action's (code/ and layer/fingerprint-record.ts).
 */
export function tagsToRemove(
  settings: Pick<FunctionSettings, 'tags' | 'tagsMode'>,
  current: Readonly<Record<string, string>>,
): string[] {
  const wanted = settings.tags;
  if (settings.tagsMode !== 'replace' || wanted === undefined) return [];
  return Object.keys(current)
    .filter(
      (key) =>
        !Object.hasOwn(wanted, key) &&
        !key.toLowerCase().startsWith('aws:') &&
        key !== FINGERPRINT_TAG &&
        key !== LAYER_FINGERPRINT_TAG,
    )
    .sort();
}

/** "A, B (changed), C (added), D (removed)": names only, values stay secret. */
function describeVariables(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): string {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names
    .map((name) => {
      if (!(name in after)) return `${name} (removed)`;
      if (!(name in before)) return `${name} (added)`;
      return before[name] === after[name] ? name : `${name} (changed)`;
    })
    .join(', ');
}
