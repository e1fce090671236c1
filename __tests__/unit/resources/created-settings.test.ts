// The create plan lists durable-config as a setting the create sends: a function that does
// not exist yet is no existing function that cannot be made durable.
import { describe, expect, it } from 'vitest';
import { createdSettings, planConfiguration } from '../../../src/resources/configuration/plan.js';
import { asInputError, thrownBy } from '../helpers/errors.js';
import { functionState } from '../helpers/plan-fixtures.js';
import { settingsWith } from '../../support/settings.js';

const durable = settingsWith({
  durableConfig: { ExecutionTimeout: 3600, RetentionPeriodInDays: 14 },
});

describe('createdSettings: durable-config', () => {
  it('lists the DurableConfig the create sends instead of refusing it', () => {
    expect(createdSettings(durable, 'orders')).toContainEqual({
      setting: 'durable-config',
      from: 'none',
      to: '{"ExecutionTimeout":3600,"RetentionPeriodInDays":14}',
    });
  });

  it('still refuses it for an existing function that is not durable', () => {
    const error = asInputError(
      thrownBy(() => planConfiguration(durable, functionState({ FunctionName: 'orders' }))),
    );
    expect(error.message).toContain(
      "Input 'durable-config': cannot make function 'orders' durable",
    );
  });
});
