import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import type { ErrorCode, ErrorReason } from './gql/enums.js';

/** A generated operation (GraphQL Code Generator, documentMode "string"). */
export type Operation<TData, TVars> = DocumentTypeDecoration<TData, TVars> & { toString(): string };

export type { ErrorCode, ErrorReason } from './gql/enums.js';

/** Codes the client or the HTTP layer give a failure the API did not describe itself. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'BAD_REQUEST' | 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED';

/** Everything the API says about a failure, for the UI to turn into a sentence. */
export interface ApiErrorInfo {
  code: ErrorCode | ClientErrorCode;
  /** Which rule refused the request (the schema's ErrorReason: translations can be exhaustive). */
  reason?: ErrorReason;
  triesLeft?: number;
  retryAfterSeconds?: number;
  fields?: Record<string, string[]>;
  /** Why a new PIN was refused as too simple (PIN_TOO_SIMPLE: REPEATED, SEQUENCE, BIRTH_DATE, PHONE). */
  why?: string;
  /** NOT_ENOUGH_POINTS: the balance there is, and the points the request needed. */
  balance?: number;
  needed?: number;
}

export class ApiError extends Error implements ApiErrorInfo {
  code: ErrorCode | ClientErrorCode;
  reason?: ErrorReason;
  triesLeft?: number;
  retryAfterSeconds?: number;
  fields?: Record<string, string[]>;
  why?: string;
  balance?: number;
  needed?: number;

  constructor(message: string, info: ApiErrorInfo) {
    super(message);
    this.name = 'ApiError';
    this.code = info.code;
    this.reason = info.reason;
    this.triesLeft = info.triesLeft;
    this.retryAfterSeconds = info.retryAfterSeconds;
    this.fields = info.fields;
    this.why = info.why;
    this.balance = info.balance;
    this.needed = info.needed;
  }
}

/** No answer from the server at all (offline, restarting). */
export const NETWORK_ERROR = 'NETWORK_ERROR' satisfies ClientErrorCode;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface ClientOptions {
  /** e.g. "/graphql" or "http://localhost:4000/graphql" */
  url: string;
  /** Headers for each request (credentials change over time, so this is a function). */
  headers?: () => Record<string, string>;
  /** graphql-ws connection params, read at every (re)connect. */
  connectionParams?: () => Record<string, unknown>;
  fetch?: typeof fetch;
}

export interface Client {
  request<TData, TVars>(op: Operation<TData, TVars>, variables?: TVars): Promise<TData>;
  subscribe<TData, TVars>(
    op: Operation<TData, TVars>,
    variables: TVars,
    handlers: SubscriptionHandlers<TData>,
  ): () => void;
  close(): void;
}

export interface SubscriptionHandlers<TData> {
  next: (data: TData) => void;
  error?: (err: ApiError) => void;
  /**
   * The connection came back after it was lost or the server asked for a re-sync (after an API
   * restart or a database outage, events may have been missed): re-read what the page shows.
   * The subscription itself is already running again.
   */
  resync?: () => void;
}

function toApiError(errors: NonNullable<GraphQLResponse<unknown>['errors']>): ApiError {
  const first = errors[0];
  const ext = first.extensions ?? {};
  return new ApiError(first.message, {
    // The server's codes and reasons are the schema's enums (an older server may add none new).
    code: typeof ext.code === 'string' ? (ext.code as ErrorCode) : 'INTERNAL_SERVER_ERROR',
    reason: typeof ext.reason === 'string' ? (ext.reason as ErrorReason) : undefined,
    triesLeft: typeof ext.triesLeft === 'number' ? ext.triesLeft : undefined,
    retryAfterSeconds: typeof ext.retryAfterSeconds === 'number' ? ext.retryAfterSeconds : undefined,
    fields: (ext.fields as Record<string, string[]> | undefined) ?? undefined,
    why: typeof ext.why === 'string' ? ext.why : undefined,
    balance: typeof ext.balance === 'number' ? ext.balance : undefined,
    needed: typeof ext.needed === 'number' ? ext.needed : undefined,
  });
}

function wsUrlFor(url: string): string {
  const base = typeof location !== 'undefined' ? location.href : 'http://localhost/';
  const u = new URL(url, base);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.toString();
}

export function createClient(options: ClientOptions): Client {
  const doFetch = options.fetch ?? fetch;
  let ws: WsClient | null = null;
  const socket = () =>
    (ws ??= createWsClient({
      url: wsUrlFor(options.url),
      connectionParams: () => options.connectionParams?.() ?? {},
      lazy: true,
      keepAlive: 15_000,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: async (retries) => {
        await new Promise((r) => setTimeout(r, Math.min(10_000, 500 * 2 ** retries) * (0.5 + Math.random() / 2)));
      },
    }));

  return {
    async request(op, variables) {
      let res: Response;
      try {
        res = await doFetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers?.() },
          body: JSON.stringify({ query: op.toString(), variables }),
        });
      } catch {
        throw new ApiError('The server cannot be reached', { code: NETWORK_ERROR });
      }
      let body: GraphQLResponse<never>;
      try {
        body = (await res.json()) as GraphQLResponse<never>;
      } catch {
        throw new ApiError(`Unexpected response (${res.status})`, {
          code: res.status >= 500 ? NETWORK_ERROR : 'BAD_REQUEST',
        });
      }
      if (body.errors?.length) throw toApiError(body.errors);
      if (!body.data) throw new ApiError('Empty response', { code: 'INTERNAL_SERVER_ERROR' });
      return body.data;
    },

    subscribe(op, variables, handlers) {
      const ws = socket();
      const stopListening = handlers.resync
        ? ws.on('connected', (_socket, _payload, wasRetry) => {
            if (wasRetry) handlers.resync?.();
          })
        : () => undefined;
      const unsubscribe = ws.subscribe<never>(
        { query: op.toString(), variables: variables as Record<string, unknown> },
        {
          next: (result) => {
            if (result.errors?.length) handlers.error?.(toApiError(result.errors as never));
            else if (result.data) handlers.next(result.data);
          },
          error: (err) => {
            handlers.error?.(
              Array.isArray(err)
                ? toApiError(err as never)
                : new ApiError('Live updates interrupted', { code: NETWORK_ERROR }),
            );
          },
          complete: () => undefined,
        },
      );
      return () => {
        stopListening();
        unsubscribe();
      };
    },

    close() {
      void ws?.dispose();
      ws = null;
    },
  };
}
