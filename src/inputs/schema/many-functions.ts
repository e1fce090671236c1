// Many functions: a manifest, several regions, how many at once.
import type { InputSpec } from './types.js';

export const MANY_FUNCTIONS = [
  {
    name: 'manifest',
    group: 'many functions',
    description: 'A YAML or JSON file listing many functions to deploy from this step.',
    reference:
      "A YAML or JSON file in the workspace listing many functions to deploy from one step: `functions` (entries with this action's inputs by name) and `defaults`. An entry beats `defaults`, `defaults` beat the step's inputs; every entry is checked before any AWS call. See [Many functions](docs/many-functions.md).",
    required: false,
    where: { step: true, manifest: 'step-only' },
  },
  {
    name: 'regions',
    group: 'many functions',
    description: 'AWS regions, one per line, to deploy the same function(s) in.',
    reference:
      'AWS regions, one per line: the same function (or every entry of `manifest`) is deployed in each. `{region}` in any value is replaced by the region. Not with `region`.',
    required: false,
    where: { step: true, manifest: 'step-only' },
  },
  {
    name: 'max-parallel',
    group: 'many functions',
    description: 'With manifest or regions: how many deploys run at once, 1 to 32.',
    reference: 'With `manifest` or `regions`: how many deploys run at once, 1 to 32.',
    default: '4',
    required: false,
    where: { step: true, manifest: 'step-only' },
  },
  {
    name: 'manifest-group',
    group: 'many functions',
    description: 'With manifest: deploy only the entries of this group.',
    reference:
      'With `manifest`: deploy only the entries whose `group` equals it (one matrix job per group).',
    required: false,
    where: { step: true, manifest: 'step-only' },
  },
] as const satisfies readonly InputSpec[];
