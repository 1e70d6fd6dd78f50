import {
  GraphQLEnumType,
  GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
  type GraphQLEnumValueConfigMap,
} from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuthChecker } from './auth-checker.js';
import { ErrorCode, platformReasons } from './errors.js';
import { guardTextInputs } from './input-guard.js';
import type { LinliModule } from './module.js';
import type { AppPubSub } from './pubsub.js';

/** The schema of these modules (their resolvers), with the error codes and reasons as enums. */
export async function buildAppSchema(modules: readonly LinliModule[], pubSub?: AppPubSub): Promise<GraphQLSchema> {
  const resolvers = modules.flatMap((m) => m.resolvers ?? []);
  if (!resolvers.length) throw new Error('no resolvers');
  const schema = await buildSchema({
    resolvers: resolvers as NonEmptyArray<Function>, // eslint-disable-line @typescript-eslint/no-unsafe-function-type
    authChecker: AuthChecker,
    // Only emitting the SDL builds without a live pubsub; serving always passes one.
    pubSub: (pubSub ?? {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('no pubsub');
      },
    }) as never,
    validate: { forbidUnknownValues: false },
  });
  const config = schema.toConfig();
  // Errors travel in `extensions`, which a schema cannot type; these enums are there so that
  // codegen gives the apps the codes and reasons as types (and translations can be exhaustive).
  const withErrors = new GraphQLSchema({
    ...config,
    types: [...config.types, errorCodeEnum(), errorReasonEnum(modules)],
  });
  // Control characters in any text argument are refused here, before resolvers and auth checks
  // (type-graphql's validateFn would replace class-validator, and sees no arguments of subscribe).
  return guardTextInputs(withErrors);
}

function errorCodeEnum(): GraphQLEnumType {
  return new GraphQLEnumType({
    name: 'ErrorCode',
    description: 'The `extensions.code` of every error. Clients translate on it (and `reason`), never on `message`.',
    values: Object.fromEntries(Object.values(ErrorCode).map((c) => [c, { value: c }])),
  });
}

/** One enum of every module's reasons; two modules naming one reason the same is refused. */
export function errorReasonEnum(modules: readonly LinliModule[]): GraphQLEnumType {
  const values: GraphQLEnumValueConfigMap = {};
  const owner = new Map<string, string>();
  const add = (from: string, reasons: Record<string, string>) => {
    for (const [name, description] of Object.entries(reasons)) {
      if (owner.has(name)) throw new Error(`error reason ${name} of ${from} is also ${owner.get(name)}'s`);
      owner.set(name, from);
      values[name] = { value: name, description };
    }
  };
  add('the platform', platformReasons);
  for (const m of modules) add(m.name, m.reasons ?? {});
  return new GraphQLEnumType({
    name: 'ErrorReason',
    description:
      'The `extensions.reason` of an error: which rule refused the request, for the UI to choose its sentence.',
    values,
  });
}

export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
