// The Lambda SDK's own shapes, read from the type declarations of the installed
// @aws-sdk/client-lambda (dist-types/models/models_0.d.ts) with TypeScript's parser: the
// members of an interface, and the interface a member's type names. Tests compare what the
// action maps with them, so a field a new SDK adds is noticed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/** The text of the SDK's models, as installed. */
export function lambdaModelsText(): string {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('@aws-sdk/client-lambda/package.json'));
  return readFileSync(path.join(root, 'dist-types', 'models', 'models_0.d.ts'), 'utf8');
}

export interface Member {
  readonly name: string;
  /** The interface the member's type names (through `| undefined` and arrays), if any. */
  readonly typeName: string | undefined;
}

/** The interfaces of a .d.ts text, each with its members. */
export function interfacesOf(text: string): ReadonlyMap<string, readonly Member[]> {
  const source = ts.createSourceFile('models.d.ts', text, ts.ScriptTarget.Latest, false);
  const interfaces = new Map<string, Member[]>();
  for (const statement of source.statements) {
    if (!ts.isInterfaceDeclaration(statement)) continue;
    const members: Member[] = [];
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member)) continue;
      members.push({ name: member.name.getText(source), typeName: namedType(member.type, source) });
    }
    interfaces.set(statement.name.text, members);
  }
  return interfaces;
}

function namedType(type: ts.TypeNode | undefined, source: ts.SourceFile): string | undefined {
  if (type === undefined) return undefined;
  if (ts.isUnionTypeNode(type)) {
    for (const part of type.types) {
      const name = namedType(part, source);
      if (name !== undefined) return name;
    }
    return undefined;
  }
  if (ts.isArrayTypeNode(type)) return namedType(type.elementType, source);
  if (ts.isTypeReferenceNode(type)) return type.typeName.getText(source);
  return undefined;
}

/** The member names of `name`; fails when the SDK has no such interface. */
export function membersOf(
  interfaces: ReadonlyMap<string, readonly Member[]>,
  name: string,
): readonly Member[] {
  const members = interfaces.get(name);
  if (members === undefined) throw new Error(`the SDK's models have no interface ${name}`);
  return members;
}

/**
 * Every key path of `name` (nested interfaces followed, as 'VpcConfig.SubnetIds'), to `depth`
 * levels: what a get-function-configuration answer can hold.
 */
export function keyPaths(
  interfaces: ReadonlyMap<string, readonly Member[]>,
  name: string,
  depth = 3,
): string[] {
  const paths: string[] = [];
  for (const member of membersOf(interfaces, name)) {
    paths.push(member.name);
    const nested = member.typeName === undefined ? undefined : interfaces.get(member.typeName);
    if (nested === undefined || depth <= 1 || member.typeName === undefined) continue;
    for (const inner of keyPaths(interfaces, member.typeName, depth - 1)) {
      paths.push(`${member.name}.${inner}`);
    }
  }
  return paths;
}
