import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { registerDecorator, type ValidationOptions } from 'class-validator';
import { badInput } from './errors.js';

/**
 * Text hygiene for every string a client sends, in one place: the schema's fields.
 *
 * PostgreSQL cannot store NUL (U+0000) in text, and no other control character belongs in a
 * name, a note or a token: C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F) are refused
 * with BAD_USER_INPUT and a `fields` entry (`input.title: ['controlCharacters']`), before any
 * resolver, auth check or class-validator runs. Tab, line feed and carriage return are allowed
 * only in input fields marked multi-line (`@Extensions(MULTILINE)`: a notice's body, a work
 * order's description, notes, a booking's problem); everywhere else a line break is refused too.
 *
 * It wraps the resolve (subscribe, for subscriptions) function of every field that takes a
 * string anywhere in its arguments, so it sees the arguments as graphql-js coerced them:
 * literals written inline and variables alike, nested input objects and lists, over HTTP and
 * WebSocket (and in shared subscription executions, which call the same functions).
 */

/** Marks an input field whose text may span lines: `@Extensions(MULTILINE)`. */
export const MULTILINE = { multiline: true } as const;

/** The constraint name in `fields`, as class-validator's would be. */
export const CONTROL_CHARACTERS = 'controlCharacters';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- as above
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** True when `text` holds a character refused in a single-line (or, with `multiline`, any) field. */
export function hasControlCharacters(text: string, multiline = false): boolean {
  return (multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(text);
}

/** Whether a value of this input type can hold a string somewhere (so it needs a look). */
function holdsText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name !== 'Int' && named.name !== 'Float' && named.name !== 'Boolean';
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => holdsText(f.type, seen));
}

function scan(value: unknown, type: GraphQLInputType, path: string, multiline: boolean, bad: string[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return scan(value, type.ofType, path, multiline, bad);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => scan(item, type.ofType, `${path}.${i}`, multiline, bad));
    else scan(value, type.ofType, path, multiline, bad); // a single value coerced to a list
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return;
    const fields = type.getFields();
    for (const [name, field] of Object.entries(fields)) {
      const v = (value as Record<string, unknown>)[name];
      scan(v, field.type, `${path}.${name}`, field.extensions?.multiline === true, bad);
    }
    return;
  }
  // Scalars (String, ID, custom ones) that arrive as text; enums are the schema's own values.
  if (isScalarType(type) && typeof value === 'string' && hasControlCharacters(value, multiline)) bad.push(path);
}

/** The argument paths of `args` holding refused characters (`input.title`, `input.ids.2`). */
export function controlCharacterPaths(args: Record<string, unknown>, defs: readonly GraphQLArgument[]): string[] {
  const bad: string[] = [];
  for (const def of defs) scan(args[def.name], def.type, def.name, def.extensions?.multiline === true, bad);
  return bad;
}

function check(args: Record<string, unknown>, defs: readonly GraphQLArgument[]): void {
  const bad = controlCharacterPaths(args, defs);
  if (bad.length) {
    throw badInput(
      'Text may not contain control characters',
      Object.fromEntries(bad.map((p) => [p, [CONTROL_CHARACTERS]])),
    );
  }
}

function guarded<T extends GraphQLFieldResolver<unknown, unknown>>(fn: T, defs: readonly GraphQLArgument[]): T {
  return ((source, args, context, info) => {
    check(args as Record<string, unknown>, defs);
    return fn(source, args, context, info);
  }) as T;
}

const GUARDED = Symbol('input-guard');

/**
 * Puts the check in front of every field with a text argument, on every type of the schema.
 * Call once on a freshly built schema (it changes the schema's fields in place).
 */
export function guardTextInputs(schema: GraphQLSchema): GraphQLSchema {
  const subscriptionType = schema.getSubscriptionType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !('getFields' in type) || isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      const marked = field as GraphQLField<unknown, unknown> & { [GUARDED]?: true };
      if (marked[GUARDED] || !field.args.some((a) => holdsText(a.type))) continue;
      marked[GUARDED] = true;
      if (type === subscriptionType && field.subscribe) field.subscribe = guarded(field.subscribe, field.args);
      else field.resolve = guarded(field.resolve ?? defaultFieldResolver, field.args);
    }
  }
  return schema;
}

/** Text with something other than white space in it (U+3000 and zero-width characters count as blank). */
const NOT_BLANK = /[^\s\u200b-\u200d\u2060\ufeff]/;

/**
 * Refuses a string that is empty or only white space (a name of three spaces, a note of
 * full-width spaces): `fields: { name: ['notBlank'] }`. Absent optional values pass.
 */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'notBlank',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: ({ property }) => `${property} cannot be blank`, ...options },
      validator: {
        validate: (value: unknown) => value === undefined || (typeof value === 'string' && NOT_BLANK.test(value)),
      },
    });
  };
}
