import type { TestProject } from 'vitest/node';
import { createLambdaRole, startMoto } from '../../scripts/lib/moto-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** moto's base URL, e.g. http://127.0.0.1:5123, shared by every test of the run. */
    motoEndpoint: string;
    /** ARN of an IAM role in moto that test functions can be created with. */
    testRoleArn: string;
  }
}

const TEST_ROLE_NAME = 'lambda-deploy-test';

/**
 * Starts one moto for the whole run and creates the role the test functions use.
 * When moto is not installed, startMoto installs it into the project's .venv first; when
 * that cannot be done (no python3, pip failing), it throws and the run fails: it never skips.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const moto = await startMoto();
  try {
    project.provide('testRoleArn', await createLambdaRole(moto.endpoint, TEST_ROLE_NAME));
  } catch (error) {
    await moto.stop();
    throw error;
  }
  project.provide('motoEndpoint', moto.endpoint);
  return () => moto.stop();
}
