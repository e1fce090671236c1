// Previews: pull-request aliases, function URLs and what GitHub records of them.
import type { InputSpec } from './types.js';

export const PREVIEWS = [
  {
    name: 'function-url',
    group: 'previews',
    description: 'none, public or iam: a function URL on the alias (or the function).',
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
    description: 'true to remove the alias, its URL and its version (pull-request previews).',
    reference:
      '`true`: remove the alias, its URL and permissions, and its version unless another alias routes to it. Builds nothing. A missing alias is not an error.',
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
      "true to keep one comment on the pull request with the preview's URL. Needs github-token.",
    reference:
      '`true`: one comment on the pull request with the preview URL, version and commit, updated on each run. Needs `github-token`. When the pull request closes, it says the preview was removed.',
    default: 'false',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'github-token',
    group: 'previews',
    description: 'A token for comment-on-pr and github-deployment, usually github.token.',
    reference:
      'Token for `comment-on-pr` (needs `pull-requests: write`) and `github-deployment` (needs `deployments: write`), usually `${{ github.token }}`; when empty, the `GITHUB_TOKEN` environment variable.',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'github-deployment',
    group: 'previews',
    description: 'true to record a GitHub deployment of the commit. Needs github-token.',
    reference:
      '`true`: record a GitHub deployment of the commit, with the function URL as its environment URL. Needs `github-token`. See [GitHub deployments](docs/previews.md#github-deployments).',
    default: 'false',
    required: false,
    where: { step: true, manifest: true },
  },
  {
    name: 'deployment-environment',
    group: 'previews',
    description: "The GitHub deployment's environment. Default, the alias, else lambda.",
    reference:
      "The GitHub environment of the deployment (not `environment`, which holds the function's variables).",
    shownDefault: 'the alias, else `lambda`',
    required: false,
    where: { step: true, manifest: true },
  },
] as const satisfies readonly InputSpec[];
