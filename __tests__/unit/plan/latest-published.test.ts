// A Managed Instances function released without a numbered version: unqualified invokes
// reach $LATEST.PUBLISHED, so the plan republishes it when the run changes the function, and
// also when it lags behind $LATEST (a run that failed before republishing), never otherwise.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DeploymentPackage } from '../../../src/package/package-contents.js';
import { planDeploy, planChanges, type BuiltCode } from '../../../src/plan/deploy-plan.js';
import type { DeployState } from '../../../src/plan/deploy-state.js';
import { toVersionState } from '../../../src/resources/versions/plan.js';
import { deployConfig, functionState } from '../helpers/plan-fixtures.js';

const SHA256 = createHash('sha256').update('code').digest('base64');
const PACKAGE: DeploymentPackage = {
  path: '/home/runner/work/_temp/orders-api.zip',
  size: 4,
  sha256: SHA256,
  contents: { fileCount: 1, unzippedSize: 4 },
};
const ZIP: BuiltCode = {
  code: { kind: 'zip', package: PACKAGE, upload: { kind: 'direct' } },
  layer: undefined,
};
const PROVIDER = {
  LambdaManagedInstancesCapacityProviderConfig: {
    CapacityProviderArn: 'arn:aws:lambda:us-east-1:123456789012:capacity-provider:fleet-1',
    PerExecutionEnvironmentMaxConcurrency: 8,
  },
};
const CONFIG = deployConfig({ 'capacity-provider-config': JSON.stringify(PROVIDER) });
/** $LATEST, running this run's package on the capacity provider. */
const LATEST = functionState({ CodeSha256: SHA256, CapacityProviderConfig: PROVIDER });

function stateWith(latestPublished: DeployState['latestPublished']): DeployState {
  return {
    function: LATEST,
    layerNewest: undefined,
    alias: undefined,
    versions: [],
    url: undefined,
    statementIds: new Set(),
    alarms: new Map(),
    latestPublished,
  };
}

const published = (overrides: Parameters<typeof functionState>[0]) =>
  toVersionState(
    functionState({ CapacityProviderConfig: PROVIDER, Version: '$LATEST.PUBLISHED', ...overrides }),
  );

describe('$LATEST.PUBLISHED of a Managed Instances function', () => {
  it('is left alone when it holds $LATEST code and settings: the plan changes nothing', () => {
    const plan = planDeploy(CONFIG, stateWith(published({ CodeSha256: SHA256 })), ZIP);

    expect(plan.managedInstances).toEqual({ publishLatest: false, scaling: undefined });
    expect(planChanges(plan)).toBe(false);
  });

  it('is republished when it holds older code, though $LATEST needs no change', () => {
    const plan = planDeploy(CONFIG, stateWith(published({ CodeSha256: 'older' })), ZIP);

    expect(plan.code.action).toBe('skip');
    expect(plan.managedInstances?.publishLatest).toBe(true);
    expect(planChanges(plan)).toBe(true);
  });

  it('is republished when its settings lag behind $LATEST', () => {
    const behind = published({
      CodeSha256: SHA256,
      MemorySize: (LATEST.configuration.MemorySize ?? 128) + 1,
    });

    expect(planDeploy(CONFIG, stateWith(behind), ZIP).managedInstances?.publishLatest).toBe(true);
  });

  it('is published when there is none yet', () => {
    expect(planDeploy(CONFIG, stateWith('none'), ZIP).managedInstances?.publishLatest).toBe(true);
  });
});
