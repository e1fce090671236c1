import { describe, expect, it } from 'vitest';
import { whileRolePropagates } from '../../../src/aws/role-propagation.js';
import { DeployError } from '../../../src/errors.js';
import { awsError } from '../helpers/lambda.js';
import { RecordingLogger } from '../helpers/recording-logger.js';

const ROLE = 'arn:aws:iam::123456789012:role/fresh';
const WAIT = { windowSeconds: 0.2, firstDelayMs: 20, maxDelayMs: 50 };
const notAssumable = () =>
  awsError(
    'InvalidParameterValueException',
    'The role defined for the function cannot be assumed by Lambda.',
  );

describe('whileRolePropagates', () => {
  it('fails after the window, naming the role and the three usual causes', async () => {
    const log = new RecordingLogger();
    let calls = 0;
    const error = await whileRolePropagates(
      () => {
        calls++;
        return Promise.reject(notAssumable());
      },
      ROLE,
      log,
      WAIT,
    ).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(DeployError);
    const { message } = error as DeployError;
    expect(message).toContain(`Lambda cannot assume the role '${ROLE}'`);
    expect(message).toContain('cannot be assumed by Lambda.');
    expect(message).toContain('the role does not exist');
    expect(message).toContain('lambda.amazonaws.com');
    expect(message).toContain('created moments ago');
    expect(calls).toBeGreaterThan(1);
    expect(log.infos.filter((line) => line.includes('Retrying in'))).toHaveLength(calls - 1);
  });

  it('passes any other error through at once', async () => {
    let calls = 0;
    const other = awsError('InvalidParameterValueException', 'Unzipped size must be smaller');
    await expect(
      whileRolePropagates(
        () => {
          calls++;
          return Promise.reject(other);
        },
        ROLE,
        new RecordingLogger(),
        WAIT,
      ),
    ).rejects.toBe(other);
    expect(calls).toBe(1);
  });
});
