import { AwsError, type ErrorName } from './errors.ts';

interface Common {
  readonly required?: boolean;
  // the modeled exception for a bad value (default InvalidParameterException); a missing one is always that
  readonly error?: ErrorName;
}
export interface StringRule extends Common {
  readonly type: 'string';
  readonly length?: readonly [number, number];
  readonly pattern?: RegExp;
  readonly enum?: readonly string[];
}
export interface IntegerRule extends Common {
  readonly type: 'integer';
  readonly range: readonly [number, number];
}
export interface TimestampRule extends Common {
  readonly type: 'timestamp';
}
export interface ListRule extends Common {
  readonly type: 'list';
  readonly items: StringRule;
  readonly length?: readonly [number, number];
}
export interface StructureRule extends Common {
  readonly type: 'structure';
  readonly members: Shape;
}
export type Rule = StringRule | IntegerRule | TimestampRule | ListRule | StructureRule;
export type Shape = Readonly<Record<string, Rule>>;

type Value<R extends Rule> = R extends StructureRule
  ? Input<R['members']>
  : R extends ListRule
    ? string[]
    : R extends { enum: readonly (infer E)[] }
      ? E
      : R extends StringRule
        ? string
        : number;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends { required: true } ? K : never }[keyof S];
export type Input<S extends Shape> = { [K in RequiredKeys<S>]: Value<S[K]> } & {
  [K in Exclude<keyof S, RequiredKeys<S>>]?: Value<S[K]>;
};

type Violation = { error: ErrorName; message: string };

// Reads `body` as `shape` describes: wrong JSON types fail at once with SerializationException, as
// AWS's deserializer does; the first constraint violation then fails with its modeled error.
// Unknown members are ignored; null counts as absent. Timestamps come back in epoch milliseconds.
export function parse<S extends Shape>(body: Record<string, unknown>, shape: S): Input<S> {
  const violations: Violation[] = [];
  const value = readStructure(body, shape, '', violations);
  const first = violations[0];
  if (first) throw new AwsError(first.error, `1 validation error detected: ${first.message}`);
  // readStructure builds exactly the members the shape declares, checked one by one above
  return value as Input<S>;
}

function readStructure(body: Record<string, unknown>, shape: Shape, path: string, out: Violation[]) {
  const result: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(shape)) {
    const where = path ? `${path}.${lowerFirst(name)}` : lowerFirst(name);
    const raw = body[name];
    if (raw === undefined || raw === null) {
      if (rule.required) out.push(missing(where));
      continue;
    }
    result[name] = readValue(raw, rule, where, out);
  }
  return result;
}

function readValue(raw: unknown, rule: Rule, where: string, out: Violation[]): unknown {
  switch (rule.type) {
    case 'string':
      if (typeof raw !== 'string') throw serialization(raw, 'String');
      return checkString(raw, rule, where, out);
    case 'integer':
      return checkInteger(readInteger(raw), rule, where, out);
    case 'timestamp':
      return readNumber(raw, 'Timestamp') * 1000;
    case 'list': {
      if (!Array.isArray(raw)) throw serialization(raw, 'List');
      checkLength(raw.length, rule, raw, where, out);
      return raw.map((item: unknown, i) => readValue(item, rule.items, `${where}.${i + 1}.member`, out));
    }
    case 'structure':
      if (!isObject(raw)) throw serialization(raw, 'Structure');
      return readStructure(raw, rule.members, where, out);
  }
}

function checkString(value: string, rule: StringRule, where: string, out: Violation[]): string {
  const shown = `Value '${value}' at '${where}' failed to satisfy constraint: Member must`;
  checkLength(value.length, rule, value, where, out);
  if (rule.pattern && !rule.pattern.test(value)) {
    out.push(violation(rule, `${shown} satisfy regular expression pattern: ${rule.pattern.source}`));
  }
  if (rule.enum && !rule.enum.includes(value)) {
    out.push(violation(rule, `${shown} satisfy enum value set: [${rule.enum.join(', ')}]`));
  }
  return value;
}

function checkLength(length: number, rule: StringRule | ListRule, value: unknown, where: string, out: Violation[]) {
  if (!rule.length) return;
  const [min, max] = rule.length;
  const shown = `Value '${typeof value === 'string' ? value : JSON.stringify(value)}' at '${where}'`;
  const must = `${shown} failed to satisfy constraint: Member must have length`;
  if (length < min) out.push(violation(rule, `${must} greater than or equal to ${min}`));
  if (length > max) out.push(violation(rule, `${must} less than or equal to ${max}`));
}

function checkInteger(value: number, rule: IntegerRule, where: string, out: Violation[]): number {
  const [min, max] = rule.range;
  const shown = `Value '${value}' at '${where}' failed to satisfy constraint: Member must have value`;
  if (value < min) out.push(violation(rule, `${shown} greater than or equal to ${min}`));
  if (value > max) out.push(violation(rule, `${shown} less than or equal to ${max}`));
  return value;
}

function readInteger(raw: unknown): number {
  const value = readNumber(raw, 'Integer');
  if (!Number.isInteger(value) || Math.abs(value) > 2 ** 31 - 1) throw serialization(raw, 'Integer');
  return value;
}

function readNumber(raw: unknown, shape: string): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) throw serialization(raw, shape);
  return raw;
}

export function serialization(raw: unknown, shape: string): AwsError {
  return new AwsError('SerializationException', `${jsonKind(raw)} can not be converted to ${shape}`);
}

function jsonKind(raw: unknown): string {
  if (Array.isArray(raw)) return 'START_ARRAY';
  if (typeof raw === 'object') return 'START_OBJECT';
  if (typeof raw === 'boolean') return raw ? 'VALUE_TRUE' : 'VALUE_FALSE';
  return typeof raw === 'string' ? 'VALUE_STRING' : 'VALUE_NUMBER';
}

function missing(where: string): Violation {
  const message = `Value null at '${where}' failed to satisfy constraint: Member must not be null`;
  return { error: 'InvalidParameterException', message };
}

function violation(rule: Rule, message: string): Violation {
  return { error: rule.error ?? 'InvalidParameterException', message };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
