// Release: versions, aliases, traffic and the checks around a rollout.
import type { InputSpec } from './types.js';

export const RELEASE = [
  {
    name: 'publish',
    group: 'release',
    description: 'true to publish a version after the update (implied by alias).',
    reference: 'Publish a version after the update (implied by `alias`).',
    default: 'false',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:PublishVersion'],
  },
  {
    name: 'version-description',
    group: 'release',
    description: "The published version's description. Default, the commit, ref and run.",
    reference: 'Description of the published version, up to 256 characters.',
    shownDefault: 'commit, ref and run',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'traffic',
    group: 'release',
    description: "Percent of the alias's traffic for the new version, or steps such as 10,50,100.",
    reference:
      "Percent of the alias's traffic for the new version, 1 to 100; below 100 the alias keeps its current version for the rest, and 100 promotes the new version and clears the routing. Steps (`10,50,100`) move the alias in turn, `traffic-interval` apart. See [Safe releases](docs/safe-releases.md).",
    default: '100',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'traffic-interval',
    group: 'release',
    description: 'How long each traffic step holds: 30s, 5m or 1h. Default 5m.',
    reference:
      'With `traffic` in steps (`10,50,100`): how long each step but the last holds, `30s`, `5m` or `1h` (1s to 6h).',
    shownDefault: '`5m`',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'alarms',
    group: 'release',
    description:
      'CloudWatch alarm names, one per line: one in ALARM during the rollout puts the alias back.',
    reference:
      'CloudWatch alarm names, one per line, watched during a stepped rollout: one in ALARM puts the alias back and fails the step. One already in ALARM when the run plans refuses the rollout before any change; see [Alarms and triggers before the first step](docs/safe-releases.md#alarms-and-triggers-before-the-first-step). Needs `alias`.',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['cloudwatch:DescribeAlarms'],
  },
  {
    name: 'smoke-test',
    group: 'release',
    description: 'A JSON payload (or @file) to invoke the new version with before any alias moves.',
    reference:
      'A JSON payload, or `@path` to a JSON file in the workspace, to invoke the new version with before any alias moves; a function error fails the step and leaves the alias.',
    required: false,
    where: { step: true, manifest: true },
    manifestValue: 'json',
  },
  {
    name: 'smoke-test-expect',
    group: 'release',
    description: "A JSON value the smoke test's answer must contain.",
    reference:
      "A JSON value the smoke test's answer must contain (objects by key, recursively; other values equal). Needs `smoke-test`.",
    required: false,
    where: { step: true, manifest: true },
    manifestValue: 'json',
  },
  {
    name: 'smoke-test-after',
    group: 'release',
    description:
      'true to invoke the alias with smoke-test once it is at 100 %; a failure puts it back.',
    reference:
      '`true`: once the alias sends all its traffic to the new version, invoke the alias with `smoke-test` (and `smoke-test-expect`); a failure puts the alias back to its routing before the run. Needs `alias` and `smoke-test`.',
    default: 'false',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'on-interrupted',
    group: 'release',
    description: 'revert, resume or fail: what to do with an alias another run left mid-rollout.',
    reference:
      "What a run does first when it finds the alias left mid-rollout by a run that was cancelled or killed: `revert` (back to the routing before that rollout, without its version), `resume` (carry its steps on, with this run's `traffic-interval` and `alarms`) or `fail`.",
    default: 'revert',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'trigger-check',
    group: 'release',
    description:
      'warn or fail: about triggers that invoke the function outside the alias released.',
    reference:
      'With a canary (`traffic` below 100), steps or `smoke-test`: event source mappings and AWS service permissions that invoke the function outside the alias released bypass the canary, the alarms and the smoke test. `warn` lists them in the plan and warns; `fail` refuses the release before any change.',
    default: 'warn',
    required: false,
    where: { step: true, manifest: true },
    permissions: ['lambda:ListEventSourceMappings', 'lambda:GetPolicy'],
  },
  {
    name: 'rollback-to',
    group: 'release',
    description: 'previous or a version number: move alias back to it, building nothing.',
    reference:
      '`previous` or a version number: move `alias` back to it, weights cleared. Builds nothing. `previous` is the version the alias routed to before this action last moved it. See [Rolling back](docs/safe-releases.md#rolling-back).',
    required: false,
    where: { step: true, manifest: 'one-alias' },
    permissions: ['lambda:GetAlias', 'lambda:GetFunctionConfiguration', 'lambda:UpdateAlias'],
  },
  {
    name: 'keep-versions',
    group: 'release',
    description:
      'Keep the newest N published versions and delete older ones no alias uses. Default, all.',
    reference:
      'After a release, keep the newest N published versions and delete the older ones, never one an alias routes to (primary or weight), one with provisioned concurrency, or the one this run published. See [Pruning old versions](docs/safe-releases.md#pruning-old-versions).',
    shownDefault: 'all',
    required: false,
    where: { step: true, manifest: true },
    permissions: [
      'lambda:ListVersionsByFunction',
      'lambda:ListAliases',
      'lambda:ListProvisionedConcurrencyConfigs',
      'lambda:DeleteFunction',
      'lambda:GetAccountSettings',
    ],
  },
] as const satisfies readonly InputSpec[];
