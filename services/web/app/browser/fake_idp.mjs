// A minimal OpenID Connect provider for the sign-in test: discovery, JWKS, an authorization
// endpoint that signs in whoever the test names (no login form), a token endpoint that checks
// the code, redirect URI, client id and the PKCE verifier, and an end-session endpoint.

import { createServer } from "node:http";
import { createHash, generateKeyPairSync, randomUUID, sign } from "node:crypto";

const b64url = (buffer) => Buffer.from(buffer).toString("base64url");

export async function startIdp() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: "jwk" }), kid: "test-key", alg: "RS256", use: "sig" };
  const codes = new Map();
  const idp = {
    issuer: "",
    /** Who the next authorization signs in: { sub, org }. */
    next: null,
    /** Every token request, with whether it was granted. */
    exchanges: [],
    signOuts: 0,
    /** An RS256 JWT from this provider with `claims`. */
    mint(claims, ttl = 3600) {
      const now = Math.floor(Date.now() / 1000);
      const header = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: jwk.kid }));
      const payload = b64url(JSON.stringify({ iss: idp.issuer, iat: now, exp: now + ttl, ...claims }));
      const signature = b64url(sign("sha256", Buffer.from(`${header}.${payload}`), privateKey));
      return `${header}.${payload}.${signature}`;
    },
  };
  const json = (res, status, body) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", idp.issuer);
    if (url.pathname === "/.well-known/openid-configuration") {
      return json(res, 200, {
        issuer: idp.issuer,
        authorization_endpoint: `${idp.issuer}/authorize`,
        token_endpoint: `${idp.issuer}/token`,
        jwks_uri: `${idp.issuer}/jwks`,
        end_session_endpoint: `${idp.issuer}/logout`,
        response_types_supported: ["code"],
        code_challenge_methods_supported: ["S256"],
      });
    }
    if (url.pathname === "/jwks") return json(res, 200, { keys: [jwk] });
    if (url.pathname === "/authorize") {
      const q = url.searchParams;
      if (q.get("response_type") !== "code" || q.get("code_challenge_method") !== "S256" || !idp.next) {
        res.writeHead(400);
        return res.end("bad authorization request");
      }
      const code = randomUUID();
      codes.set(code, {
        who: idp.next,
        challenge: q.get("code_challenge"),
        redirect: q.get("redirect_uri"),
        client: q.get("client_id"),
        nonce: q.get("nonce"),
      });
      const back = new URL(q.get("redirect_uri"));
      back.search = new URLSearchParams({ code, state: q.get("state") ?? "" }).toString();
      res.writeHead(302, { location: back.toString() });
      return res.end();
    }
    if (url.pathname === "/token" && req.method === "POST") {
      let raw = "";
      for await (const chunk of req) raw += chunk;
      const form = Object.fromEntries(new URLSearchParams(raw));
      const grant = codes.get(form.code);
      codes.delete(form.code);
      const verified =
        grant &&
        form.grant_type === "authorization_code" &&
        grant.redirect === form.redirect_uri &&
        grant.client === form.client_id &&
        b64url(createHash("sha256").update(form.code_verifier ?? "").digest()) === grant.challenge;
      idp.exchanges.push({ granted: Boolean(verified), form });
      if (!verified) return json(res, 400, { error: "invalid_grant", error_description: "code, redirect or verifier" });
      return json(res, 200, {
        token_type: "Bearer",
        expires_in: 3600,
        access_token: idp.mint({ sub: grant.who.sub, org: grant.who.org, aud: "samraad" }),
        id_token: idp.mint({ sub: grant.who.sub, aud: grant.client, nonce: grant.nonce }),
      });
    }
    if (url.pathname === "/logout") {
      idp.signOuts += 1;
      res.writeHead(302, { location: url.searchParams.get("post_logout_redirect_uri") ?? "/" });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  idp.issuer = `http://127.0.0.1:${server.address().port}`;
  idp.close = () => server.close();
  return idp;
}
