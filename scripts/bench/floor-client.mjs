// The least any SDK-based deploy step must do, bundled by ncc as the action is and run the
// same way (scripts/bench/floor.mjs): `read <function>` makes the SDK's GetFunction and exits;
// `upload <function> <zip>` reads a ready zip, sends it with UpdateFunctionCode and reads the
// function until its update is no longer in progress (one read: moto finishes at once).
import {
  GetFunctionCommand,
  LambdaClient,
  UpdateFunctionCodeCommand,
} from '@aws-sdk/client-lambda';
import { readFileSync } from 'node:fs';

const [mode, functionName, zipPath] = process.argv.slice(2);
const client = new LambdaClient({});
if (mode === 'upload') {
  await client.send(
    new UpdateFunctionCodeCommand({ FunctionName: functionName, ZipFile: readFileSync(zipPath) }),
  );
  for (let attempt = 0; attempt < 100; attempt++) {
    const { Configuration } = await client.send(
      new GetFunctionCommand({ FunctionName: functionName }),
    );
    if (Configuration?.LastUpdateStatus !== 'InProgress') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
} else if (mode === 'read') {
  await client.send(new GetFunctionCommand({ FunctionName: functionName }));
} else {
  throw new Error(`floor-client: mode must be read or upload, not '${mode}'`);
}
