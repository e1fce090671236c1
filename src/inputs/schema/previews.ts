// Previews: pull-request aliases, function URLs and what GitHub records of them.
import type { InputSpec } from './types.js';

export const PREVIEWS = [
  {
    name: 'function-url',
    group: 'previews',
    description:
      'none, public (auth NONE, with both invoke permissions) or iam (AWS_IAM): a function URL on the alias (or on the function when no alias), kept across redeploys.',
    reference:
      '`public` (auth NONE, with both invoke permissions), `iam` (AWS_IAM), or `none`: a URL on the alias (on the function itself when there is no alias), kept across redeploys.',
    default: 'none',
    required: false,
    where: { step: true, manifest: true },
    permissions: [
      'lambda:GetFunctionUrlConfig',
      'lambda:CreateFunctionUrlConfig',
      'lambda:UpdateFunctionUrlConfig',
      'lambda:GetPolicy',
      'lambda:AddPermission',
      'lambda:RemovePermission',
    ],
  },
  {
    name: 'delete-alias',
    group: 'previews',
    description:
      'true to remove the alias, its function URL and permissions, and the version it pointed to unless another alias routes to it. Builds nothing; a missing alias is not an error.',
    reference:
      '`true`: remove the alias, its URL and permissions, and its version unless another alias routes to it. Builds nothing.',
    default: 'false',
    required: false,
    where: { step: true, manifest: 'one-alias' },
    permissions: [
      'lambda:ListAliases',
      'lambda:DeleteAlias',
      'lambda:DeleteFunctionUrlConfig',
      'lambda:RemovePermission',
      'lambda:DeleteFunction',
    ],
  },
  {
    name: 'comment-on-pr',
    group: 'previews',
    description:
      'true to create or update one comment on the pull request with the preview URL, version and commit (and to say when the preview is removed). Needs github-token.',
    reference:
      '`true`: one comment on the pull request with the preview URL, version and commit, updated on each run. Needs `github-token`.',
    default: 'false',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'github-token',
    group: 'previews',
    description:
      'Token for comment-on-pr (needs pull-requests write) and github-deployment (needs deployments write), usually github.token. When empty, the GITHUB_TOKEN environment variable is used.',
    reference:
      'Token for `comment-on-pr` and `github-deployment`, usually `${{ github.token }}`; when empty, the `GITHUB_TOKEN` environment variable.',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'github-deployment',
    group: 'previews',
    description:
      "true to record a GitHub deployment of the commit deployed (a pull request's head, or the pushed commit): in_progress before the first change, then success with the function URL as its environment URL, or failure. With delete-alias, the environment's deployments are marked inactive. A GitHub error is a warning, never the deploy's failure. Needs github-token; nothing is recorded in a dry run.",
    reference:
      '`true`: record a GitHub deployment of the commit, with the function URL as its environment URL. Needs `github-token`. See [GitHub deployments](#github-deployments).',
    default: 'false',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'deployment-environment',
    group: 'previews',
    description:
      "The GitHub environment of the deployment, with github-deployment. Default, the alias, else lambda. (Not environment, which is the function's environment variables.)",
    reference:
      "The GitHub environment of the deployment (not `environment`, which holds the function's variables).",
    shownDefault: 'the alias, else `lambda`',
    required: false,
    where: { step: true, manifest: true },
  },
] as const satisfies readonly InputSpec[];
