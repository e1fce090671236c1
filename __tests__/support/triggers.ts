import { AddPermissionCommand, CreateEventSourceMappingCommand } from '@aws-sdk/client-lambda';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { randomUUID } from 'node:crypto';
import { lambdaClient, motoEndpoint } from './aws.js';
import { REGION, TEST_CREDENTIALS } from './moto-account.js';

// What invokes a function besides its alias, made in moto as a user would make it: an SQS
// queue with an event source mapping (moto 5.2.1 keeps mappings on SQS, DynamoDB streams and
// Kinesis; it never polls the queue), and a resource policy statement for an AWS service.

/** Creates an SQS queue in moto and returns its ARN. */
export async function createQueue(label: string): Promise<string> {
  const sqs = new SQSClient({
    region: REGION,
    endpoint: motoEndpoint(),
    credentials: TEST_CREDENTIALS,
  });
  try {
    const { QueueUrl } = await sqs.send(
      new CreateQueueCommand({ QueueName: `ld-${label}-${randomUUID().slice(0, 8)}` }),
    );
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
    );
    const arn = Attributes?.QueueArn;
    if (arn === undefined) throw new Error(`moto gave no QueueArn for ${QueueUrl ?? label}`);
    return arn;
  } finally {
    sqs.destroy();
  }
}

/** Maps `queueArn` to the function (`name`, or `name:qualifier`); returns the mapping's UUID. */
export async function mapQueue(functionName: string, queueArn: string): Promise<string> {
  const mapping = await lambdaClient().send(
    new CreateEventSourceMappingCommand({ FunctionName: functionName, EventSourceArn: queueArn }),
  );
  if (mapping.UUID === undefined) throw new Error(`moto gave no UUID mapping ${queueArn}`);
  return mapping.UUID;
}

/** Lets `principal` (s3.amazonaws.com, say) invoke the unqualified function, from `sourceArn`. */
export async function allowService(
  functionName: string,
  principal: string,
  sourceArn: string,
  statementId: string,
): Promise<void> {
  await lambdaClient().send(
    new AddPermissionCommand({
      FunctionName: functionName,
      StatementId: statementId,
      Action: 'lambda:InvokeFunction',
      Principal: principal,
      SourceArn: sourceArn,
    }),
  );
}
