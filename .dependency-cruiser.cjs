// The direction of src/'s dependencies (CONTRIBUTING: "How a run flows"), checked by
// __tests__/unit/dependency-rules.test.ts: no cycles; reading, planning and describing never
// reach an applier; the AWS wrappers know nothing of plans or appliers.
const APPLIERS = '^src/(apply/|resources/[^/]+/apply\\.ts$)';
const PLAN_SIDE = '^src/(plan/|resources/[^/]+/(?!apply\\.ts$)[^/]+\\.ts$)';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A module never depends on itself, however far round.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'plan-side-applies-nothing',
      comment: 'Reading, planning and describing depend on no applier.',
      severity: 'error',
      from: { path: PLAN_SIDE },
      to: { path: APPLIERS },
    },
    {
      name: 'resources-below-the-plan',
      comment: 'A resource knows its own read, plan and apply; the plan composes resources.',
      severity: 'error',
      from: { path: '^src/resources/' },
      to: { path: '^src/(plan|apply|fleet)/' },
    },
    {
      name: 'aws-wrappers-stand-alone',
      comment: 'The AWS client wrappers depend on no plan, resource or applier.',
      severity: 'error',
      from: { path: '^src/aws/' },
      to: { path: '^src/(plan|apply|resources|fleet|github)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules|__tests__|scripts)/' },
  },
};
