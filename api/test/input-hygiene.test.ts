import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import type { Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRole } from '../src/modules/staff/index.js';
import { TestApp, expectError, type GqlResult } from './harness.js';

/**
 * Every text a client can send, found by walking the served schema (so a new argument or input
 * field is covered without touching this file), with a NUL byte or another control character in
 * it: the answer is BAD_USER_INPUT naming that argument, never INTERNAL_SERVER_ERROR (PostgreSQL
 * refuses NUL in text, and the error used to log the whole statement).
 */

type Path = Array<string | number>;
interface Target {
  operation: 'query' | 'mutation' | 'subscription';
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  /** From the argument's name down to the text: ['input', 'buildingIds', 0]. */
  path: Path;
  multiline: boolean;
}

/** The refused characters; \t \n \r only where a field is not multi-line. */
const SINGLE_LINE_ONLY = ['\t', '\n', '\r'];
const ALWAYS = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009f',
];

function textLeaves(
  type: GraphQLInputType,
  path: Path,
  multiline: boolean,
  out: Array<[Path, boolean]>,
  depth = 0,
): void {
  if (depth > 6) return;
  if (isNonNullType(type)) return textLeaves(type.ofType, path, multiline, out, depth);
  if (isListType(type)) return textLeaves(type.ofType, [...path, 0], multiline, out, depth + 1);
  if (isInputObjectType(type)) {
    for (const f of Object.values(type.getFields()))
      textLeaves(f.type, [...path, f.name], f.extensions?.multiline === true, out, depth + 1);
    return;
  }
  if (isScalarType(type) && (type.name === 'String' || type.name === 'ID')) out.push([path, multiline]);
}

/** A well-formed value of the type, every input field filled in (as JSON, for variables). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isInputObjectType(type))
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, sample(f.type)]));
  if (isEnumType(type)) return type.getValues()[0].name;
  switch (type.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return new Date(Date.now() + 86_400_000).toISOString();
    default:
      return 'x';
  }
}

function setAt(value: unknown, path: Path, text: string): unknown {
  if (path.length === 0) return text;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = setAt(copy[head], rest, text);
  return copy;
}

/** A GraphQL literal of a JSON value, every non-printable character escaped. */
function literal(value: unknown, type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (isListType(type)) return `[${(value as unknown[]).map((v) => literal(v, type.ofType)).join(', ')}]`;
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value as object)
      .map(([k, v]) => `${k}: ${literal(v, fields[k].type)}`)
      .join(', ')} }`;
  }
  if (isEnumType(type)) return String(value);
  if (typeof value === 'string')
    return `"${value.replace(/[^\x20-\x7e]|["\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
  return JSON.stringify(value);
}

function allTargets(t: TestApp): Target[] {
  const schema = t.app.schema;
  const roots: Array<[Target['operation'], GraphQLObjectType | null | undefined]> = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  const targets: Target[] = [];
  for (const [operation, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const arg of field.args) {
        const leaves: Array<[Path, boolean]> = [];
        textLeaves(arg.type, [arg.name], arg.extensions?.multiline === true, leaves);
        for (const [path, multiline] of leaves) targets.push({ operation, field, arg, path, multiline });
      }
    }
  }
  return targets;
}

/** The operation with `text` at the target's place: as variables, or written inline. */
function operationFor(target: Target, text: string, inline: boolean) {
  const { field, operation } = target;
  const args = field.args.filter((a) => a === target.arg || isNonNullType(a.type));
  const values = args.map((a) => {
    const base = sample(a.type);
    return a === target.arg ? setAt(base, target.path.slice(1), text) : base;
  });
  const selection =
    isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  if (inline) {
    const list = args.map((a, i) => `${a.name}: ${literal(values[i], a.type)}`).join(', ');
    return { query: `${operation} { ${field.name}(${list})${selection} }`, variables: {} };
  }
  const decl = args.map((a, i) => `$v${i}: ${String(a.type)}`).join(', ');
  const list = args.map((a, i) => `${a.name}: $v${i}`).join(', ');
  return {
    query: `${operation}(${decl}) { ${field.name}(${list})${selection} }`,
    variables: Object.fromEntries(values.map((v, i) => [`v${i}`, v])),
  };
}

/** The first result of an operation over graphql-ws (a query, mutation or subscription). */
function overWs(client: WsClient, query: string, variables: Record<string, unknown>): Promise<GqlResult> {
  return new Promise((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => finish(() => reject(new Error(`no answer over WebSocket to ${query}`))), 10_000);
    const finish = (then: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stop();
      then();
    };
    const stop = client.subscribe(
      { query, variables },
      {
        next: (r) => finish(() => resolve({ status: 0, ...(r as Omit<GqlResult, 'status'>) })),
        error: (e) =>
          finish(() =>
            Array.isArray(e)
              ? resolve({ status: 0, errors: e as GqlResult['errors'] })
              : reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
          ),
        complete: () => finish(() => reject(new Error(`completed without a result: ${query}`))),
      },
    );
  });
}

const key = (path: Path) => path.join('.');

function expectRefused(res: GqlResult, target: Target, how: string): void {
  const where = `${target.operation} ${target.field.name} ${key(target.path)} (${how})`;
  expect(res.errors, where).toBeDefined();
  expect(
    res.errors!.map((e) => e.extensions?.code),
    where,
  ).not.toContain('INTERNAL_SERVER_ERROR');
  expect(res.errors![0].extensions?.code, `${where}: ${JSON.stringify(res.errors)}`).toBe('BAD_USER_INPUT');
  expect(res.errors![0].extensions?.fields, where).toMatchObject({ [key(target.path)]: ['controlCharacters'] });
}

describe('control characters in text inputs', () => {
  let t: TestApp;
  let admin: string;
  let targets: Target[];
  beforeAll(async () => {
    t = await TestApp.start();
    const { community } = await t.newCommunity();
    admin = (await t.newStaff(community.id, StaffRole.ADMIN)).token;
    targets = allTargets(t);
  });
  afterAll(() => t?.stop());

  it('finds the text arguments in the schema (and none on non-root fields, which it would not reach)', () => {
    const names = new Set(targets.map((x) => `${x.field.name}.${key(x.path)}`));
    for (const known of [
      'signInStaff.input.username',
      'signInStaff.input.password',
      'followedTicket.token',
      'pairDevice.code',
      'publishNotice.input.buildingIds.0',
      'residents.search',
      'followedTicketChanged.token',
    ])
      expect(names).toContain(known);
    expect(targets.length).toBeGreaterThan(50);
    const schema = t.app.schema;
    const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
    const nested = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !roots.has(type) && !type.name.startsWith('__'))
      .flatMap((type) => Object.values((type as GraphQLObjectType).getFields()).filter((f) => f.args.length > 0))
      .map((f) => f.name);
    expect(nested, 'fields with arguments below the root: reach them in this test').toEqual([]);
  });

  it('refuses NUL in every text argument, as a variable and inline, over HTTP (anonymous sign-in too)', async () => {
    const http = targets.filter((x) => x.operation !== 'subscription');
    for (const target of http) {
      const asVariable = operationFor(target, 'a\u0000b', false);
      expectRefused(await t.gql(asVariable.query, asVariable.variables, { token: admin }), target, 'variable');
      const inline = operationFor(target, '\u0000', true);
      expectRefused(await t.gql(inline.query, inline.variables, { token: admin }), target, 'inline');
    }
    // Without any credentials: the input is refused before anything else looks at it.
    const signIn = http.filter((x) => x.field.name === 'signInStaff');
    expect(signIn).toHaveLength(3);
    for (const target of signIn) {
      const op = operationFor(target, 'admin\u0000', false);
      expectRefused(await t.gql(op.query, op.variables), target, 'anonymous');
    }
  });

  it('refuses the other control characters (C0, DEL, C1; line breaks where not multi-line)', async () => {
    let n = 0;
    for (const target of targets.filter((x) => x.operation !== 'subscription')) {
      const chars = target.multiline ? ALWAYS : [...ALWAYS, ...SINGLE_LINE_ONLY];
      const c = chars[n++ % chars.length];
      const op = operationFor(target, `ok${c}ok`, n % 2 === 0);
      expectRefused(await t.gql(op.query, op.variables, { token: admin }), target, JSON.stringify(c));
    }
  });

  it('refuses NUL in every text argument over WebSocket: queries, mutations and subscriptions', async () => {
    const ws = t.ws({ token: admin });
    for (const target of targets) {
      const inline = targets.indexOf(target) % 2 === 1;
      const op = operationFor(target, '\u0000', inline);
      expectRefused(await overWs(ws, op.query, op.variables), target, inline ? 'ws inline' : 'ws variable');
    }
    // The anonymous phone socket's one subscription too.
    const phone = t.ws();
    const follow = targets.find((x) => x.field.name === 'followedTicketChanged')!;
    const op = operationFor(follow, 'tok\u0000en', false);
    expectRefused(await overWs(phone, op.query, op.variables), follow, 'anonymous ws');
  });

  it('keeps line breaks and tabs in multi-line text, and nothing else changes', async () => {
    const { community, buildings } = await t.newCommunity();
    const staff = await t.newStaff(community.id, StaffRole.ADMIN);
    const body = '第一行\n第二行\r\n\t缩进';
    const res = await t.gql<{ publishNotice: { body: string } }>(
      'mutation($i: PublishNoticeInput!) { publishNotice(input: $i) { body } }',
      { i: { category: 'PROPERTY', title: '停水通知', body, buildingIds: [buildings[0].id] } },
      { token: staff.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.publishNotice.body).toBe(body);
    const multiline = targets.filter((x) => x.multiline).map((x) => `${x.field.name}.${key(x.path)}`);
    expect(multiline).toEqual(
      expect.arrayContaining([
        'publishNotice.input.body',
        'createWorkOrder.input.description',
        'addWorkOrderNote.input.text',
        'closeWorkOrder.input.outcome',
        'bookOffering.input.problem',
        'changeBooking.input.problem',
      ]),
    );
    expect(multiline).not.toContain('publishNotice.input.title');
  });
});

describe('blank names and notes', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await TestApp.start();
    const { community } = await t.newCommunity();
    admin = (await t.newStaff(community.id, StaffRole.ADMIN)).token;
  });
  afterAll(() => t?.stop());

  const BLANKS = ['   ', '\u3000\u3000', ' \u200b '];

  it('refuses a name, title, note or text of only white space, naming the field', async () => {
    const cases: Array<[string, string, (blank: string) => Record<string, unknown>, string]> = [
      [
        'mutation($i: OfferingInput!) { createOffering(input: $i) { id } }',
        'OfferingInput',
        (b) => ({ i: { letter: 'Q', name: b } }),
        'name',
      ],
      [
        'mutation($i: UpdateOfferingInput!) { updateOffering(input: $i) { id } }',
        'UpdateOfferingInput',
        (b) => ({ i: { id: randomUUID(), letter: 'Q', name: b } }),
        'name',
      ],
      ['mutation($i: DeskInput!) { createDesk(input: $i) { id } }', 'DeskInput', (b) => ({ i: { name: b } }), 'name'],
      [
        'mutation($i: UpdateDeskInput!) { updateDesk(input: $i) { id } }',
        'UpdateDeskInput',
        (b) => ({ i: { id: randomUUID(), name: b } }),
        'name',
      ],
      [
        'mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { id } }',
        'CreateWorkOrderInput',
        (b) => ({ i: { ticketId: randomUUID(), description: b, owner: '王师傅', dueDate: '2030-01-02' } }),
        'description',
      ],
      [
        'mutation($i: CreateWorkOrderInput!) { createWorkOrder(input: $i) { id } }',
        'CreateWorkOrderInput',
        (b) => ({ i: { ticketId: randomUUID(), description: '门锁坏了', owner: b, dueDate: '2030-01-02' } }),
        'owner',
      ],
      [
        'mutation($i: WorkOrderNoteInput!) { addWorkOrderNote(input: $i) { id } }',
        'WorkOrderNoteInput',
        (b) => ({ i: { workOrderId: randomUUID(), text: b } }),
        'text',
      ],
      [
        'mutation($i: CloseWorkOrderInput!) { closeWorkOrder(input: $i) { id } }',
        'CloseWorkOrderInput',
        (b) => ({ i: { workOrderId: randomUUID(), outcome: b } }),
        'outcome',
      ],
      [
        'mutation($i: PublishNoticeInput!) { publishNotice(input: $i) { id } }',
        'PublishNoticeInput',
        (b) => ({ i: { category: 'PROPERTY', title: '停水通知', body: b, buildingIds: [randomUUID()] } }),
        'body',
      ],
    ];
    for (const [query, , variables, field] of cases) {
      for (const blank of BLANKS) {
        const res = await t.gql(query, variables(blank), { token: admin });
        expectError(res, 'BAD_USER_INPUT');
        const fields = res.errors![0].extensions?.fields as Record<string, string[]>;
        expect(Object.keys(fields), `${query} ${JSON.stringify(blank)}`).toContain(field);
      }
    }
    // The decorator's own constraint names the field it refuses.
    const service = await t.gql(
      'mutation($i: OfferingInput!) { createOffering(input: $i) { id } }',
      { i: { letter: 'Q', name: ' \u3000 ' } },
      { token: admin },
    );
    expectError(service, 'BAD_USER_INPUT', { fields: { name: ['notBlank'] } });
    const counter = await t.gql(
      'mutation($i: DeskInput!) { createDesk(input: $i) { id } }',
      { i: { name: '  ' } },
      { token: admin },
    );
    expectError(counter, 'BAD_USER_INPUT', { fields: { name: ['notBlank'] } });
  });

  it('still takes names with spaces inside, and empty optional text', async () => {
    const res = await t.gql<{ createOffering: { name: string } }>(
      'mutation($i: OfferingInput!) { createOffering(input: $i) { name } }',
      { i: { letter: 'R', name: ' 修 鞋 ', provider: '' } },
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createOffering.name).toBe('修 鞋');
  });
});
