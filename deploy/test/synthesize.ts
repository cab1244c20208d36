import { readFileSync } from 'node:fs';
import { App, type PolicyViolation } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DashboardStack } from '../dashboard-stack.ts';
import { deploySettingsFrom } from '../settings.ts';

export interface Synthesized {
  stack: DashboardStack;
  template: Template;
  /** cdk-nag AwsSolutions findings nobody acknowledged. */
  findings: PolicyViolation[];
}

/**
 * One synthesis of the stack for `-c` context values, without bundling the function (no dist/
 * needed) and without CDK's built-in template validation, which the bundling test runs once.
 */
export function synthesize(context: Record<string, string>): Synthesized {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], ...context }, builtinCloudFormationValidation: false });
  const stack = new DashboardStack(app, deploySettingsFrom((key) => app.node.tryGetContext(key)));
  const template = Template.fromStack(stack);
  const { violations } = new AwsSolutionsChecks().validateScope(app);
  return { stack, template, findings: violations };
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The value at `path` inside template JSON, or undefined. */
export function at(value: unknown, ...path: (string | number)[]): Json | undefined {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return isJson(current) ? current : undefined;
}

function isJson(value: unknown): value is Json {
  return value === null || ['string', 'number', 'boolean', 'object'].includes(typeof value);
}

const PSEUDO_PARAMETERS: Record<string, string> = { 'AWS::Partition': 'aws', 'AWS::AccountId': '111122223333' };

/**
 * Template values as text: pseudo parameters of account 111122223333 in the aws partition filled
 * in, joins joined, other references written <Ref Id> and <Id.Attribute>.
 */
export function resolved(value: Json | undefined): Json {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(resolved);
  if (value === null || typeof value !== 'object') return value;
  const join = value['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) return join[1].map(resolved).join(join[0]);
  if (typeof value.Ref === 'string') return PSEUDO_PARAMETERS[value.Ref] ?? `<Ref ${value.Ref}>`;
  const attribute = value['Fn::GetAtt'];
  if (Array.isArray(attribute)) return `<${attribute.join('.')}>`;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolved(item)]));
}

/** The IAM policies in the README's "IAM permissions" section: read-only, then read-write. */
export interface Policy { Version: string; Statement: Json[] }

export function readmePolicies(): { readOnly: Policy; readWrite: Policy } {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## IAM permissions'));
  const blocks = [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((match): Policy => JSON.parse(match[1]));
  return { readOnly: blocks[0], readWrite: blocks[1] };
}
