// The fingerprint records' TagResource (code and layer, one request) failing both ways. A
// record is only an optimisation: a TagResource that never reaches Lambda leaves a warning and
// no record, so the next run builds both trees again (and finds nothing to publish or update);
// one that Lambda applied but whose answer was lost leaves the records in place, so the next
// run builds nothing. Either way the deploy succeeds, and no layer version is published twice.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  runDeployAction,
  runOutput,
  workspaceWithSource,
  type DeployRun,
} from '../support/action-run.js';
import { createTestFunction, readFunctionTags } from '../support/aws.js';
import { useFaultProxy, type FaultBehaviour } from '../support/fault-proxy.js';
import { LAYER_RECORD_TAG as LAYER_TAG, RECORD_TAG as CODE_TAG } from '../support/code-record.js';
import { publishLayerVersion, tagResource, updateFunctionCode } from '../support/lambda-faults.js';
import { planOf } from '../support/plan-output.js';
import { writeFiles } from '../support/temp-dir.js';

const proxy = useFaultProxy();

async function setUp() {
  const name = await createTestFunction();
  const layerName = `ld-fault-${randomUUID().slice(0, 8)}`;
  const workspace = await workspaceWithSource(`code of ${name}`);
  await writeFiles(path.join(workspace, 'layer'), {
    'nodejs/node_modules/dep/index.js': `module.exports = ${JSON.stringify(name)};\n`,
  });
  const deploy = async (): Promise<DeployRun> => {
    const run = await runDeployAction(
      workspace,
      { 'function-name': name, source: 'app', 'layer-name': layerName, 'layer-source': 'layer' },
      proxy().endpoint,
    );
    expect(run.exitCode, runOutput(run)).toBe(0);
    return run;
  };
  return { name, layerName, deploy };
}

const ACCESS_DENIED: FaultBehaviour = {
  kind: 'respond',
  response: {
    status: 403,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'AccessDeniedException' },
    body: JSON.stringify({ Message: 'not authorized to perform: lambda:TagResource' }),
  },
};

describe('the fingerprint records when their TagResource fails', () => {
  it.each([
    ['is refused', ACCESS_DENIED],
    ['never reaches Lambda (connection reset on every attempt)', { kind: 'reset' } as const],
  ])(
    'warn and leave no record when the request %s; the next run builds and changes nothing',
    async (_, behaviour) => {
      const { name, layerName, deploy } = await setUp();
      let failing = true;
      proxy().inject({ match: (request) => failing && tagResource(name)(request), behaviour });

      const first = await deploy();

      expect(first.stdout).toContain("the layer tree's fingerprint could not be recorded");
      const tags = await readFunctionTags(name);
      expect(tags).not.toHaveProperty(LAYER_TAG);
      expect(tags).not.toHaveProperty(CODE_TAG);
      failing = false;

      const second = await deploy();
      // No record: both trees built, but the layer's newest version and the function's code
      // hold them already.
      expect(planOf(second).layer).toMatchObject({ action: 'keep' });
      expect(planOf(second).layer).not.toHaveProperty('byFingerprint');
      expect(planOf(second).code).toMatchObject({ action: 'skip' });
      expect(planOf(second).code).not.toHaveProperty('byFingerprint');
      expect(proxy().count(publishLayerVersion(layerName))).toBe(1);
      expect(proxy().count(updateFunctionCode(name))).toBe(1);
      expect((await readFunctionTags(name))[LAYER_TAG]).toContain(
        ` ${first.outputs['layer-version-arn'] ?? '?'} `,
      );
    },
  );

  it.each([
    ['once (the SDK sends it again)', 1],
    ['on every attempt', undefined],
  ])(
    'leave the records Lambda applied when the answer is lost %s; the next run builds nothing',
    async (_, times) => {
      const { name, layerName, deploy } = await setUp();
      let failing = true;
      proxy().inject({
        match: (request) => failing && tagResource(name)(request),
        behaviour: { kind: 'drop-answer' },
        ...(times === undefined ? {} : { times }),
      });

      const first = await deploy();

      if (times === undefined) {
        expect(first.stdout).toContain('fingerprint could not be recorded');
      }
      const tags = await readFunctionTags(name);
      expect(tags[LAYER_TAG]).toContain(` ${first.outputs['layer-version-arn'] ?? '?'} `);
      expect(tags[CODE_TAG]).toContain(` ${first.outputs['code-sha256'] ?? '?'} `);
      failing = false;

      const second = await deploy();
      expect(planOf(second).layer).toMatchObject({
        action: 'keep',
        byFingerprint: first.outputs['layer-version-arn'],
      });
      expect(planOf(second).code).toMatchObject({ action: 'skip', byFingerprint: true });
      expect(proxy().count(publishLayerVersion(layerName))).toBe(1);
      expect(second.outputs['package-path']).toBe('');
    },
  );
});
