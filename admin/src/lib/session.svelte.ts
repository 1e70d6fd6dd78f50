import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { ApiError, createClient, type Client, type Operation } from '@linli/client';
import type { AdminViewerQuery } from '$gql/graphql';

const TOKEN_KEY = 'linli.admin.token';

export type Viewer = AdminViewerQuery['viewer'];

function readToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

/** The staff session: its token (kept in localStorage) and who it belongs to. */
class Session {
  token = $state<string | null>(readToken());
  viewer = $state<Viewer | null>(null);
  /** The server ended the session (expired, signed out elsewhere): say so on the sign-in page. */
  ended = $state(false);

  get staff() {
    return this.viewer?.staff ?? null;
  }

  get isAdmin() {
    return this.viewer?.staff?.role === 'ADMIN';
  }

  signedIn(token: string) {
    this.token = token;
    localStorage.setItem(TOKEN_KEY, token);
    // A live connection authenticates once, when it opens: start afresh as the new user.
    client.close();
  }

  clear() {
    this.token = null;
    this.viewer = null;
    localStorage.removeItem(TOKEN_KEY);
    client.close();
  }
}

export const session = new Session();

const bearer = (): Record<string, string> => (session.token ? { authorization: 'Bearer ' + session.token } : {});

const client = createClient({
  url: '/graphql',
  headers: bearer,
  // The WebSocket carries the same staff token, read at every (re)connect.
  connectionParams: bearer,
});

/**
 * Every console request goes through here: a session the server no longer accepts is dropped
 * and the user is sent back to sign in (the error still reaches the caller).
 */
export async function request<TData, TVars>(op: Operation<TData, TVars>, variables?: TVars): Promise<TData> {
  try {
    return await client.request(op, variables);
  } catch (err) {
    if (err instanceof ApiError && err.code === 'UNAUTHENTICATED' && session.token) {
      session.clear();
      session.ended = true;
      await goto(resolve('/'));
    }
    throw err;
  }
}

/** Live updates over the console's WebSocket, as the signed-in staff member. Returns the unsubscribe. */
export const subscribe: Client['subscribe'] = (op, variables, handlers) => client.subscribe(op, variables, handlers);
