// With --production and --oidc-client-id the web app signs people in with the identity
// provider's authorization-code flow with PKCE (a fake provider here), and signs them out
// there too. A forged or unverifiable answer from the provider signs no one in.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { startIdp } from "./fake_idp.mjs";
import { launch, mutate, open, shot, startServer } from "./harness.mjs";

let idp, server, browser, member, region;

before(async () => {
  idp = await startIdp();
  const operator = randomUUID();
  region = randomUUID();
  server = await startServer({
    args: ["--production", "--issuer", idp.issuer, "--audience", "samraad", "--oidc-client-id", "samraad-web", "--operators", operator],
  });
  browser = await launch();
  const admin = idp.mint({ sub: operator, org: region, aud: "samraad" });
  const run = (name, input) => mutate(server, admin, name, input);
  const partnershipId = randomUUID();
  const forumId = randomUUID();
  member = randomUUID();
  await run("createPartnership", { partnershipId, name: "Sundhedsklynge Nordjylland (test)", timeZone: "Europe/Copenhagen" });
  await run("registerOrganization", { partnershipId, organizationId: region, name: "Region Nordjylland", kind: "REGION" });
  await run("createForum", { partnershipId, forumId, name: "Politisk Forum", level: "POLITICAL" });
  await run("appointMember", {
    partnershipId,
    forumId,
    personId: member,
    personName: "Lene Krogh",
    organizationId: region,
    role: "MEMBER",
    validFrom: new Date().toISOString().slice(0, 10),
  });
});

after(async () => {
  await browser?.close();
  server?.cleanup();
  idp?.close();
});

test("a member signs in at the identity provider (code flow with PKCE) and out again", async () => {
  idp.next = { sub: member, org: region };
  const side = await open(browser, server, "/signin", null);
  const page = side.page;
  assert.equal(await page.getByLabel("Token").count(), 0, "no development tokens in production");
  await page.getByRole("button", { name: `Log ind (${new URL(idp.issuer).host})` }).click();
  await page.getByRole("link", { name: "Sundhedsklynge Nordjylland (test)" }).waitFor();
  assert.doesNotMatch(page.url(), /code=|state=/, "the code does not stay in the address");
  await shot(page, "oidc-home-laptop");

  const [exchange] = idp.exchanges;
  assert.equal(exchange.granted, true);
  assert.equal(exchange.form.client_id, "samraad-web");
  assert.equal(exchange.form.redirect_uri, `${server.base}/auth/callback`);
  assert.ok(exchange.form.code_verifier.length >= 43, "a PKCE verifier of 32 random bytes");
  assert.equal(exchange.form.client_secret, undefined, "a public client");

  await page.getByRole("button", { name: "Log ud" }).click();
  await page.getByRole("heading", { name: "Log ind i Samraad" }).waitFor();
  assert.equal(idp.signOuts, 1, "signed out at the provider too");
  assert.deepEqual(side.errors, []);
  await side.context.close();
});

test("a code exchanged with the wrong verifier is refused, and signs no one in", async () => {
  idp.next = { sub: member, org: region };
  const challenge = Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode("the-right-verifier"))).toString("base64url");
  const authorize = new URL(`${idp.issuer}/authorize`);
  authorize.search = new URLSearchParams({
    response_type: "code",
    client_id: "samraad-web",
    redirect_uri: `${server.base}/auth/callback`,
    code_challenge: challenge,
    code_challenge_method: "S256",
    state: "s",
  }).toString();
  const code = new URL((await fetch(authorize, { redirect: "manual" })).headers.get("location")).searchParams.get("code");
  const response = await fetch(`${server.base}/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, codeVerifier: "a-wrong-verifier", redirectUri: `${server.base}/auth/callback` }),
  });
  assert.equal(response.status, 401);
  const body = await response.json();
  assert.equal(body.errors[0].extensions.code, "UNAUTHENTICATED");
  assert.match(body.errors[0].message, /invalid_grant/);
});

test("an answer from the provider with a forged state shows the failure in words", async () => {
  const side = await open(browser, server, "/auth/callback?code=forged&state=forged", null);
  await side.page.getByRole("heading", { name: "Login mislykkedes" }).waitFor();
  await side.page.getByRole("link", { name: "Prøv igen" }).waitFor();
  await shot(side.page, "oidc-failed-laptop");
  assert.equal(await side.page.evaluate(() => localStorage.getItem("samraad.token")), null);
  await side.context.close();
});
