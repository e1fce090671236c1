import type { PermissionStatement } from '../../aws/lambda-release-shapes.js';
import type { FunctionUrlMode } from '../../inputs.js';

/**
 * A public URL (auth NONE) needs both statements: Lambda now checks lambda:InvokeFunction
 * (granted only for calls through the URL) as well as lambda:InvokeFunctionUrl.
 */
export const PUBLIC_STATEMENTS: readonly PermissionStatement[] = [
  {
    statementId: 'lambda-deploy-url-public',
    action: 'lambda:InvokeFunctionUrl',
    principal: '*',
    functionUrlAuthType: 'NONE',
  },
  {
    statementId: 'lambda-deploy-url-public-invoke',
    action: 'lambda:InvokeFunction',
    principal: '*',
    invokedViaFunctionUrl: true,
  },
];

/** The permission statements to add and to remove for a URL of `mode`, given those present. */
export interface UrlStatementChanges {
  readonly add: readonly PermissionStatement[];
  readonly remove: readonly string[];
}

export function urlStatementsToChange(
  mode: Exclude<FunctionUrlMode, 'none'>,
  present: ReadonlySet<string>,
): UrlStatementChanges {
  return mode === 'public'
    ? { add: PUBLIC_STATEMENTS.filter((s) => !present.has(s.statementId)), remove: [] }
    : // A URL switched from public to IAM must not stay open through our old statements.
      {
        add: [],
        remove: PUBLIC_STATEMENTS.map((s) => s.statementId).filter((id) => present.has(id)),
      };
}

export interface UrlPlan {
  /** The alias it is on, or undefined for the function itself. */
  readonly qualifier: string | undefined;
  readonly authType: 'NONE' | 'AWS_IAM';
  readonly action: 'create' | 'update' | 'keep';
  readonly url: string | undefined;
  readonly statements: UrlStatementChanges;
}
