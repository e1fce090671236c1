import type { LambdaRelease } from '../../aws/lambda-release.js';
import type { FunctionUrlMode } from '../../inputs.js';
import type { Logger } from '../../logger.js';
import { PUBLIC_STATEMENTS, type UrlStatementChanges, urlStatementsToChange } from './plan.js';

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
  const changes = urlStatementsToChange(mode, await lambda.statementIds(qualifier));
  await applyStatements(lambda, qualifier, changes);
  log.info(`Function URL (${mode}): ${url}`);
  return url;
}

export async function applyStatements(
  lambda: LambdaRelease,
  qualifier: string | undefined,
  changes: UrlStatementChanges,
): Promise<void> {
  for (const statement of changes.add) await lambda.addPermission(qualifier, statement);
  for (const statementId of changes.remove) await lambda.removePermission(qualifier, statementId);
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
