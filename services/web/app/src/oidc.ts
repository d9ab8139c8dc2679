// Sign-in with the identity provider (servers started with --oidc-client-id): OpenID Connect's
// authorization-code flow with PKCE. The verifier, state and nonce stay in this tab's
// sessionStorage; the server exchanges the code for tokens on the page's behalf, so the page
// talks to its own origin only.

import { signIn } from "./auth";

export interface AuthConfig {
  mode: "development" | "oidc";
  issuer?: string;
  clientId?: string;
  authorizationEndpoint?: string;
  endSessionEndpoint?: string | null;
  scope?: string;
}

const PENDING = "samraad.oidc.pending";
const ID_TOKEN = "samraad.oidc.idToken";

let cached: Promise<AuthConfig> | null = null;

/** How this server signs people in (asked once per page load). */
export function authConfig(): Promise<AuthConfig> {
  cached ??= fetch("/auth/config")
    .then((r) => (r.ok ? (r.json() as Promise<AuthConfig>) : { mode: "development" as const }))
    .catch(() => ({ mode: "development" as const }));
  return cached;
}

function base64url(bytes: Uint8Array): string {
  let text = "";
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function random(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

const redirectUri = () => `${location.origin}/auth/callback`;

/** Sends the browser to the provider; it comes back to /auth/callback. */
export async function startSignIn(config: AuthConfig, returnTo: string): Promise<void> {
  if (!config.authorizationEndpoint || !config.clientId) return;
  const verifier = random();
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
  const state = random();
  const nonce = random();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, nonce, returnTo }));
  const url = new URL(config.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    scope: config.scope ?? "openid",
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: "S256",
  }).toString();
  location.assign(url.toString());
}

/** Why a sign-in came back without a token. */
export class SignInFailed extends Error {}

function claimsOf(jwt: string): Record<string, unknown> | null {
  try {
    const part = jwt.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(atob(part.padEnd(Math.ceil(part.length / 4) * 4, "="))) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Finishes the sign-in the provider sent back (the callback's query); returns where to go. */
export async function finishSignIn(query: URLSearchParams): Promise<string> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? "null") as {
    verifier: string;
    state: string;
    nonce: string;
    returnTo: string;
  } | null;
  sessionStorage.removeItem(PENDING);
  const error = query.get("error");
  if (error) throw new SignInFailed(`${error} ${query.get("error_description") ?? ""}`.trim());
  if (!pending || query.get("state") !== pending.state) throw new SignInFailed("state");
  const response = await fetch("/auth/token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: query.get("code") ?? "", codeVerifier: pending.verifier, redirectUri: redirectUri() }),
  });
  const body = (await response.json().catch(() => null)) as {
    accessToken?: string;
    idToken?: string | null;
    errors?: { message: string }[];
  } | null;
  if (!response.ok || !body?.accessToken) throw new SignInFailed(body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
  if (body.idToken && claimsOf(body.idToken)?.nonce !== pending.nonce) throw new SignInFailed("nonce");
  if (!signIn(body.accessToken)) throw new SignInFailed("token");
  if (body.idToken) sessionStorage.setItem(ID_TOKEN, body.idToken);
  return pending.returnTo;
}

/** Ends the session at the provider too, when it offers that; otherwise does nothing. */
export async function signOutAtProvider(): Promise<void> {
  const config = await authConfig();
  const hint = sessionStorage.getItem(ID_TOKEN);
  sessionStorage.removeItem(ID_TOKEN);
  if (config.mode !== "oidc" || !config.endSessionEndpoint) return;
  const url = new URL(config.endSessionEndpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId ?? "",
    post_logout_redirect_uri: `${location.origin}/signin`,
    ...(hint ? { id_token_hint: hint } : {}),
  }).toString();
  location.assign(url.toString());
}
