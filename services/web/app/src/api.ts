// The GraphQL API: queries and mutations over HTTP, the live feed over graphql-ws.

import { createClient, type Client } from "graphql-ws";
import { expired, markExpired, token } from "./auth";
import { ApiError } from "./errors";

interface GraphQLError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** Called when the server refuses the token: the app goes back to sign-in. */
let onUnauthenticated: () => void = () => {};

export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

function toError(errors: GraphQLError[]): ApiError {
  const first = errors[0];
  const code = String(first?.extensions?.code ?? "INTERNAL");
  return new ApiError(code, first?.message ?? "", first?.extensions ?? {});
}

/** Runs a query or mutation; throws an ApiError with the API's code. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const bearer = token();
  if (!bearer && expired()) {
    // The sign-in ran out in this browser: back to sign-in rather than acting as the public.
    onUnauthenticated();
    throw new ApiError("UNAUTHENTICATED", "");
  }
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new ApiError("NETWORK", String(e));
  }
  let body: { data?: T; errors?: GraphQLError[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status === 429 ? "RATE_LIMITED" : "INTERNAL", `HTTP ${response.status}`);
  }
  if (body.errors?.length) {
    const error = toError(body.errors);
    if (error.code === "UNAUTHENTICATED" && bearer) {
      markExpired();
      onUnauthenticated();
    }
    throw error;
  }
  return body.data as T;
}

/** Runs the mutation `name` (e.g. "recordDecision") with `input`, as every command is run. */
export function mutate(name: string, input: Record<string, unknown>): Promise<unknown> {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  return gql(`mutation($input: ${type}!) { ${name}(input: $input) { version } }`, { input });
}

/** A new idempotency key: a retry of the same form submission sends the same one. */
export function commandId(): string {
  return crypto.randomUUID();
}

/** Closes a client; its promise rejects when the socket had already failed, which is fine. */
function dispose(client: Client | null): void {
  if (client) Promise.resolve(client.dispose()).catch(() => {});
}

export type Connection = "connecting" | "live" | "reconnecting" | "polling";

/** What a live feed reports. */
export interface FeedHandlers<E> {
  event: (event: E) => void;
  connection: (state: Connection) => void;
  /** The feed is not allowed (the public, another partnership): the caller polls instead. */
  refused: () => void;
}

/**
 * A subscription that resumes after a dropped connection from the last position it received,
 * so nothing is lost or repeated: `variables.after` is always the last position seen.
 */
export class Feed<E extends { position: string }> {
  private client: Client | null = null;
  private last: string | null;
  private stopped = false;
  private retry = 0;
  private timer: number | undefined;

  constructor(
    private readonly query: string,
    private readonly variables: Record<string, unknown>,
    after: string | null,
    private readonly on: FeedHandlers<E>,
  ) {
    this.last = after;
    this.connect();
  }

  private connect(): void {
    if (this.stopped) return;
    this.on.connection(this.retry === 0 ? "connecting" : "reconnecting");
    const url = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql/ws`;
    const bearer = token();
    const client = createClient({
      url,
      lazy: false,
      retryAttempts: 0,
      // A dropped connection is reported through `closed` below and retried from there.
      onNonLazyError: () => {},
      connectionParams: bearer ? { authorization: `Bearer ${bearer}` } : {},
      on: {
        connected: () => {
          if (this.client !== client) return;
          this.retry = 0;
          this.on.connection("live");
        },
        closed: (event) => {
          if (this.client !== client) return;
          const code = (event as CloseEvent | undefined)?.code;
          if (code === 4401 || code === 4403) {
            markExpired();
            onUnauthenticated();
            this.stop();
            return;
          }
          this.reconnect();
        },
      },
    });
    this.client = client;
    client.subscribe<Record<string, E>>(
      { query: this.query, variables: { ...this.variables, after: this.last } },
      {
        next: (result) => {
          if (this.client !== client) return;
          if (result.errors?.length) {
            const error = toError(result.errors as GraphQLError[]);
            if (error.code === "FORBIDDEN" || error.code === "NOT_FOUND" || error.code === "UNAUTHENTICATED") {
              this.stop();
              this.on.refused();
              return;
            }
            const resume = error.extensions.resumeAfter;
            if (typeof resume === "string") this.last = resume;
            this.reconnect();
            return;
          }
          const event = result.data && Object.values(result.data)[0];
          if (!event) return;
          this.last = event.position;
          this.on.event(event);
        },
        error: () => this.client === client && this.reconnect(),
        complete: () => this.client === client && this.reconnect(),
      },
    );
  }

  private reconnect(): void {
    if (this.stopped || this.timer !== undefined) return;
    this.on.connection("reconnecting");
    dispose(this.client);
    this.client = null;
    const delay = Math.min(200 * 2 ** this.retry, 2000);
    this.retry += 1;
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      this.connect();
    }, delay);
  }

  /** Ends the feed for good. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    dispose(this.client);
    this.client = null;
  }
}
