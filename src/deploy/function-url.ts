import type { LambdaRelease, PermissionStatement } from '../aws/lambda-release.js';
import type { FunctionUrlMode } from '../inputs.js';
import type { Logger } from '../logger.js';

/**
 * A public URL (auth NONE) needs both statements: Lambda now checks lambda:InvokeFunction
 * (granted only for calls through the URL) as well as lambda:InvokeFunctionUrl.
 */
const PUBLIC_STATEMENTS: readonly PermissionStatement[] = [
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

/**
 * Gives the alias (or the unqualified function) a URL, idempotently: a redeploy keeps the
 * same URL and adds no statement twice. Returns the URL, or undefined for 'none'.
 */
export async function ensureFunctionUrl(
  lambda: LambdaRelease,
  qualifier: string | undefined,
  mode: FunctionUrlMode,
  log: Logger,
): Promise<string | undefined> {
  if (mode === 'none') return undefined;
  const url = await lambda.putFunctionUrl(qualifier, mode === 'public' ? 'NONE' : 'AWS_IAM');
  const present = await lambda.statementIds(qualifier);
  if (mode === 'public') {
    for (const statement of PUBLIC_STATEMENTS) {
      if (!present.has(statement.statementId)) await lambda.addPermission(qualifier, statement);
    }
  } else {
    // A URL switched from public to IAM must not stay open through our old statements.
    for (const statement of PUBLIC_STATEMENTS) {
      if (present.has(statement.statementId)) {
        await lambda.removePermission(qualifier, statement.statementId);
      }
    }
  }
  log.info(`Function URL (${mode}): ${url}`);
  return url;
}

/** Deletes the URL and the statements this action added for it; true when there was a URL. */
export async function removeFunctionUrl(
  lambda: LambdaRelease,
  qualifier: string | undefined,
): Promise<boolean> {
  const deleted = await lambda.deleteFunctionUrl(qualifier);
  for (const statement of PUBLIC_STATEMENTS) {
    await lambda.removePermission(qualifier, statement.statementId);
  }
  return deleted;
}
