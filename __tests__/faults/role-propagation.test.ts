// A role created moments earlier in the same workflow is not yet assumable by Lambda: its
// CreateFunction answers 400 InvalidParameterValueException "The role defined for the function
// cannot be assumed by Lambda." until IAM has propagated it (moto never says so: the proxy
// answers it in Lambda's shape). The create is sent again, with a notice, for up to 30 s.
import { describe, expect, inject, it } from 'vitest';
import { runDeployAction, runOutput, workspaceWithSource } from '../support/action-run.js';
import { readFunction, uniqueFunctionName } from '../support/aws.js';
import { useFaultProxy } from '../support/fault-proxy.js';
import { answerLost, createFunction, lambdaError } from '../support/lambda-faults.js';

const proxy = useFaultProxy();

const NOT_ASSUMABLE = lambdaError(
  400,
  'InvalidParameterValueException',
  'The role defined for the function cannot be assumed by Lambda.',
);

function creation(name: string): Record<string, string> {
  return {
    'function-name': name,
    source: 'app',
    'create-if-missing': 'true',
    role: inject('testRoleArn'),
    runtime: 'nodejs20.x',
    handler: 'index.handler',
  };
}

describe('create-if-missing with a role IAM has not propagated yet', () => {
  it('sends the create again after two "cannot be assumed" answers, with a notice, and creates it', async () => {
    const name = uniqueFunctionName('role-wait');
    const workspace = await workspaceWithSource(`code of ${name}`);
    proxy().inject({
      match: createFunction(name),
      times: 2,
      behaviour: { kind: 'respond', response: NOT_ASSUMABLE },
    });

    const run = await runDeployAction(workspace, creation(name), proxy().endpoint);

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(proxy().count(createFunction(name))).toBe(3);
    const notices = run.stdout.match(/^Lambda cannot assume the role .* yet: .*Retrying in/gm);
    expect(notices).toHaveLength(2);
    expect(notices?.[0]).toContain(inject('testRoleArn'));
    expect((await readFunction(name)).Role).toBe(inject('testRoleArn'));
    expect(run.outputs['function-name']).toBe(name);
  });

  it('after the role is assumable, a create whose answer is lost is read back, not sent twice', async () => {
    const name = uniqueFunctionName('role-wait-lost');
    const workspace = await workspaceWithSource(`code of ${name}`);
    proxy().inject({
      match: createFunction(name),
      times: 2,
      behaviour: { kind: 'respond', response: NOT_ASSUMABLE },
    });
    proxy().inject(answerLost(createFunction(name), 1));

    const run = await runDeployAction(workspace, creation(name), proxy().endpoint);

    expect(run.exitCode, runOutput(run)).toBe(0);
    expect(run.stdout).toMatch(/CreateFunction: the change is in place as asked \(read back/);
    const inMoto = await readFunction(name);
    expect(inMoto.Role).toBe(inject('testRoleArn'));
    expect(run.outputs['code-sha256']).toBe(inMoto.CodeSha256);
  });
});
