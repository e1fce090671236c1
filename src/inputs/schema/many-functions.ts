// Many functions: a manifest, several regions, how many at once.
import type { InputSpec } from './types.js';

export const MANY_FUNCTIONS = [
  {
    name: 'manifest',
    group: 'many functions',
    description:
      "A YAML or JSON file in the workspace listing many functions to deploy from this step: functions (a list of entries, each with the inputs of this action by name) and defaults (inputs for every entry). An entry's value beats defaults, and defaults beat the step's own inputs. Every entry is checked before any AWS call. The aliases move only once every function is ready, and take traffic steps together: any alarm puts them all back. See the README's \"Many functions\" section.",
    reference:
      "A YAML or JSON file in the workspace listing many functions to deploy from one step: `functions` (entries with this action's inputs by name) and `defaults`. An entry beats `defaults`, `defaults` beat the step's inputs; every entry is checked before any AWS call. See [Many functions](#many-functions).",
    required: false,
    where: { step: true, manifest: 'step-only' },
  },
  {
    name: 'regions',
    group: 'many functions',
    description:
      'AWS regions, one per line: the same function (or every function of manifest) is deployed in each. {region} in any value (s3-bucket: artifacts-{region}) is replaced by the region deployed to. Not with region.',
    reference:
      'AWS regions, one per line: the same function (or every entry of `manifest`) is deployed in each. `{region}` in any value is replaced by the region. Not with `region`.',
    required: false,
    where: { step: true, manifest: 'step-only' },
  },
  {
    name: 'max-parallel',
    group: 'many functions',
    description: 'With manifest or regions, how many deploys run at once, 1 to 32.',
    reference: 'With `manifest` or `regions`: how many deploys run at once, 1 to 32.',
    default: '4',
    required: false,
    where: { step: true, manifest: 'step-only' },
  },
  {
    name: 'manifest-group',
    group: 'many functions',
    description:
      'With manifest, deploy only the entries whose group equals this value (one job per group in a matrix).',
    reference:
      'With `manifest`: deploy only the entries whose `group` equals it (one matrix job per group).',
    required: false,
    where: { step: true, manifest: 'step-only' },
  },
] as const satisfies readonly InputSpec[];
