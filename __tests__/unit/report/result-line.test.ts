import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AliasState } from '../../../src/aws/lambda-release-shapes.js';
import type { DeploymentPackage } from '../../../src/package/package-contents.js';
import { planDeploy, type DeployPlan } from '../../../src/plan/deploy-plan.js';
import type { DeployOutcome } from '../../../src/report/outputs.js';
import { dryRunLine, resultLine } from '../../../src/report/result-line.js';
import { phaseRows } from '../../../src/report/summary-writer.js';
import { FUNCTION_ARN, FUNCTION_NAME, OLD_SHA256 } from '../helpers/lambda.js';
import { deployConfig, functionState } from '../helpers/plan-fixtures.js';

// Issue 26, item 8: the run's last log line says what it did, and the phase table its total.

const packageOf = (sha256: string): DeploymentPackage => ({
  path: '/home/runner/work/_temp/orders-api.zip',
  size: 1_000,
  sha256,
  contents: { fileCount: 1, unzippedSize: 2_000 },
});
const NEW_SHA256 = createHash('sha256').update('new code').digest('base64');

const alias = (version: string, weights: Record<string, number> = {}): AliasState => ({
  name: 'live',
  arn: `${FUNCTION_ARN}:live`,
  version,
  weights,
  revisionId: 'alias-rev',
});

function plan(sha256: string, inputs: Record<string, string>, live?: AliasState): DeployPlan {
  return planDeploy(
    deployConfig(inputs),
    {
      function: functionState(),
      layerNewest: undefined,
      alias: live,
      alarms: new Map(),
      versions: [],
      url: undefined,
      statementIds: new Set(),
    },
    {
      code: { kind: 'zip', package: packageOf(sha256), upload: { kind: 'direct' } },
      layer: undefined,
    },
  );
}

function outcome(release: Partial<DeployOutcome['release']>, created = false): DeployOutcome {
  return {
    function: functionState(),
    package: packageOf(NEW_SHA256),
    imageUri: undefined,
    layer: undefined,
    deployed: true,
    created,
    staged: undefined,
    release: {
      version: undefined,
      previousVersion: undefined,
      alias: undefined,
      functionUrl: undefined,
      ...release,
    },
    configurationChanges: [],
  };
}

describe('resultLine', () => {
  it('names the version, the alias and what it routed before, and the time', () => {
    const line = resultLine(
      FUNCTION_NAME,
      plan(NEW_SHA256, { alias: 'live' }, alias('7')),
      outcome({
        version: { version: '8', arn: `${FUNCTION_ARN}:8` },
        previousVersion: '7',
        alias: alias('8'),
      }),
      4.21,
    );
    expect(line).toBe(`Deployed ${FUNCTION_NAME} 8 -> live (was 7) in 4.2 s`);
  });

  it("adds the alias's split when a canary holds part of the traffic", () => {
    const line = resultLine(
      FUNCTION_NAME,
      plan(NEW_SHA256, { alias: 'live', traffic: '10' }, alias('7')),
      outcome({
        version: { version: '8', arn: `${FUNCTION_ARN}:8` },
        previousVersion: '7',
        alias: alias('7', { '8': 0.1 }),
      }),
      3,
    );
    expect(line).toBe(
      `Deployed ${FUNCTION_NAME} 8 -> live (was 7) in 3.0 s; live routes 7 (90 %) / 8 (10 %)`,
    );
  });

  it('says Created for a function this run created, and $LATEST alone when nothing is published', () => {
    expect(resultLine(FUNCTION_NAME, plan(NEW_SHA256, {}), outcome({}, true), 0.5)).toBe(
      `Created ${FUNCTION_NAME} in 500 ms`,
    );
    expect(resultLine(FUNCTION_NAME, plan(NEW_SHA256, {}), outcome({}), 1.25)).toBe(
      `Deployed ${FUNCTION_NAME} in 1.3 s`,
    );
  });

  it('says No changes when the plan had none', () => {
    const unchanged = plan(OLD_SHA256, {});
    expect(resultLine(FUNCTION_NAME, unchanged, outcome({}), 1.1)).toBe(
      `No changes: ${FUNCTION_NAME} is as these inputs describe (1.1 s)`,
    );
    expect(dryRunLine(FUNCTION_NAME, unchanged, 0.3)).toBe(
      `No changes: ${FUNCTION_NAME} is as these inputs describe (dry run, 300 ms)`,
    );
    expect(dryRunLine(FUNCTION_NAME, plan(NEW_SHA256, {}), 0.3)).toContain('nothing was changed');
  });
});

describe('phaseRows', () => {
  it("ends with the run's total, from its start to the end of its last phase", () => {
    const rows = phaseRows([
      { name: 'Package', seconds: 1.5, endedSeconds: 1.6 },
      { name: 'Plan', seconds: 0.4, endedSeconds: 1.9 },
      { name: 'Update code', seconds: 2.3, endedSeconds: 4.2 },
    ]);
    expect(rows.at(-1)).toEqual(['<b>Total</b>', '<b>4.2 s</b>']);
    expect(rows).toHaveLength(4);
  });
});
