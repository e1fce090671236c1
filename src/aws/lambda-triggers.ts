// What invokes a function besides its callers: event source mappings (queues, streams) and the
// AWS services its resource policy lets in. Read only, for the plan's trigger check.
import { GetPolicyCommand, ListEventSourceMappingsCommand } from '@aws-sdk/client-lambda';
import { allPages } from '../pages.js';
import { FunctionCalls } from './function-calls.js';

/** An event source mapping as ListEventSourceMappings gives it. */
export interface EventSourceMappingState {
  readonly uuid: string;
  /** The queue, stream or broker it reads; undefined for a self-managed Kafka source. */
  readonly eventSourceArn: string | undefined;
  /** The function it invokes, with its qualifier when it has one. */
  readonly functionArn: string;
  /** Enabled, Disabled, Creating, Updating ... */
  readonly state: string;
}

/** A statement of a resource policy, in IAM's JSON, unchecked: the plan reads it defensively. */
export interface PolicyStatement {
  readonly Sid?: unknown;
  readonly Effect?: unknown;
  readonly Principal?: unknown;
  readonly Action?: unknown;
  readonly Condition?: unknown;
}

/** What the trigger check reads: the function's mappings and its resource policy's statements. */
export interface TriggersRead {
  readonly mappings: readonly EventSourceMappingState[];
  readonly statements: readonly PolicyStatement[];
  /**
   * The IAM actions the credentials were denied (lambda:ListEventSourceMappings,
   * lambda:GetPolicy): what they would have listed is unknown, not empty.
   */
  readonly denied: readonly string[];
}

const LIST_MAPPINGS = 'lambda:ListEventSourceMappings';
const GET_POLICY = 'lambda:GetPolicy';

export class LambdaTriggers extends FunctionCalls {
  /**
   * The mappings and the policy of the function `functionArn`. A permission the credentials
   * lack is recorded, not thrown: the plan decides what a check it could not make means.
   */
  async read(functionArn: string): Promise<TriggersRead> {
    const denied: string[] = [];
    const unlessDenied = async <T>(permission: string, read: Promise<T[]>): Promise<T[]> => {
      try {
        return await read;
      } catch (error) {
        if (!isAccessDenied(error)) throw error;
        denied.push(permission);
        return [];
      }
    };
    const mappings = await unlessDenied(LIST_MAPPINGS, this.eventSourceMappings(functionArn));
    const statements = await unlessDenied(GET_POLICY, this.policyStatements());
    return { mappings, statements, denied };
  }

  /**
   * The event source mappings that invoke the function `functionArn` (unqualified), on any
   * qualifier. Lambda's reference does not say whether a FunctionName filter of the
   * unqualified function takes in the mappings on its versions and aliases, so the listing
   * is unfiltered and each mapping's FunctionArn is compared.
   */
  async eventSourceMappings(functionArn: string): Promise<EventSourceMappingState[]> {
    const unqualified = functionArn.replace(/:\$LATEST$/, '');
    return this.attempt('list the event source mappings', LIST_MAPPINGS, async () => {
      const all = await allPages('ListEventSourceMappings', async (Marker) => {
        const page = await this.client.send(
          new ListEventSourceMappingsCommand({ Marker, MaxItems: 100 }),
        );
        return { items: page.EventSourceMappings ?? [], next: page.NextMarker };
      });
      return all.flatMap((mapping) => {
        const arn = mapping.FunctionArn ?? '';
        if (arn !== unqualified && !arn.startsWith(`${unqualified}:`)) return [];
        return [
          {
            uuid: mapping.UUID ?? '',
            eventSourceArn: mapping.EventSourceArn,
            functionArn: arn,
            state: mapping.State ?? '',
          },
        ];
      });
    });
  }

  /** The statements of the unqualified function's resource policy; none without a policy. */
  async policyStatements(): Promise<PolicyStatement[]> {
    return this.attempt('read the resource policy', GET_POLICY, async () => {
      let policy: string | undefined;
      try {
        policy = (await this.client.send(new GetPolicyCommand({ FunctionName: this.name }))).Policy;
      } catch (error) {
        // The function was read already: "not found" is its policy.
        if (error instanceof Error && error.name === 'ResourceNotFoundException') return [];
        throw error;
      }
      const parsed = JSON.parse(policy ?? '{}') as { Statement?: unknown };
      // IAM allows a single statement as an object; Lambda writes a list.
      const statements: unknown[] = Array.isArray(parsed.Statement)
        ? parsed.Statement
        : [parsed.Statement];
      return statements.filter(
        (statement): statement is PolicyStatement =>
          typeof statement === 'object' && statement !== null,
      );
    });
  }
}

/** True when `error` (or the error it wraps) is AWS refusing the call for want of a permission. */
function isAccessDenied(error: unknown): boolean {
  for (let at: unknown = error; at instanceof Error; at = at.cause) {
    if (at.name === 'AccessDeniedException' || at.name === 'AccessDenied') return true;
  }
  return false;
}
