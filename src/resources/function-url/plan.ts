import {
  corsText,
  sameCors,
  type FunctionUrlState,
  type PermissionStatement,
  type UrlOptions,
} from '../../aws/lambda-release-shapes.js';
import type { FunctionUrlMode, UrlAsyncRuntimeSettings } from '../../inputs.js';

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
  /**
   * The invoke mode and CORS the URL is created or updated with: as asked, else as read, so an
   * update never drops a streaming mode or CORS it was not asked to change.
   */
  readonly options?: UrlOptions | undefined;
  /** What changes besides the auth type: "InvokeMode BUFFERED -> RESPONSE_STREAM", "Cors". */
  readonly changes?: readonly string[] | undefined;
}

/** The URL to create or update (or keep), from the mode asked and the URL as read. */
export function planFunctionUrl(
  mode: Exclude<FunctionUrlMode, 'none'>,
  qualifier: string | undefined,
  wanted: Pick<UrlAsyncRuntimeSettings, 'urlInvokeMode' | 'urlCors'>,
  existing: FunctionUrlState | undefined,
  statementIds: ReadonlySet<string>,
): UrlPlan {
  const authType = mode === 'public' ? 'NONE' : 'AWS_IAM';
  const invokeMode = wanted.urlInvokeMode ?? (existing?.invokeMode as UrlOptions['invokeMode']);
  const cors = wanted.urlCors ?? existing?.cors;
  const changes: string[] = [];
  if (existing !== undefined) {
    if (invokeMode !== undefined && invokeMode !== existing.invokeMode) {
      changes.push(`InvokeMode ${existing.invokeMode} -> ${invokeMode}`);
    }
    if (wanted.urlCors !== undefined && !sameCors(existing.cors, wanted.urlCors)) {
      changes.push(
        `Cors ${existing.cors === undefined ? '(none)' : corsText(existing.cors)} -> ${corsText(wanted.urlCors)}`,
      );
    }
  }
  const action =
    existing === undefined
      ? 'create'
      : existing.authType === authType && changes.length === 0
        ? 'keep'
        : 'update';
  return {
    qualifier,
    authType,
    action,
    url: existing?.url,
    statements: urlStatementsToChange(mode, statementIds),
    options: {
      ...(invokeMode === undefined ? {} : { invokeMode }),
      ...(cors === undefined ? {} : { cors }),
    },
    changes,
  };
}
