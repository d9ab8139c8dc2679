// What a page must not show never reaches it: a person of another partnership and an
// anonymous reader see the closed item only as "Lukket punkt" (its canary text is in neither
// the DOM nor any response or feed message; a member's page, the positive control, has it).
// Markdown typed by the organisations is rendered without script, script links or event
// attributes, under a strict Content-Security-Policy.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { demo, mutate, open, person, setUp, shot, tearDown } from "./harness.mjs";

const CANARY = "Fortroligt: indstilling om ansættelse.";
const CLOSED_TITLE = "Personsag";
let server, world, browser;

before(async () => ({ server, world, browser } = await setUp({ publish: true })));
after(() => tearDown({ server, browser }));

/** Everything the server sent a page: HTTP bodies and WebSocket messages. */
function recordTraffic(side) {
  const bodies = [];
  side.page.on("response", async (response) => {
    try {
      bodies.push(await response.text());
    } catch {
      // A redirect or an aborted request has no body.
    }
  });
  return () => [...bodies, ...side.feed.messages].join("\n");
}

/** Visits the meeting's three views as `token` and returns what the pages held and received. */
async function visit(token, name) {
  const side = await open(browser, server, `/meetings/${world.meetingId}/agenda`, token);
  const traffic = recordTraffic(side);
  const dom = [];
  await side.page.reload();
  for (const view of ["agenda", "live", "minutes"]) {
    if (view !== "agenda") await side.page.getByRole("link", { name: view === "live" ? "Mødet" : "Referat" }).click();
    const ready = {
      agenda: side.page.locator("article.item-card", { hasText: "Klyngemidler: status og honorering af almen praksis" }),
      live: side.page.getByRole("heading", { name: "Drøftes nu" }),
      minutes: side.page.locator(".minutes-page"),
    }[view];
    await ready.first().waitFor();
    await side.page.waitForLoadState("networkidle");
    dom.push(await side.page.content());
    await shot(side.page, `${name}-${view}-laptop`);
  }
  await side.context.close();
  return { dom: dom.join("\n"), traffic: traffic(), errors: side.errors };
}

for (const [name, token] of [
  ["outsider", () => person(demo(server, "Sundhedsklynge Sydvestjylland (demo)"), "Mette Heidemann").token],
  ["public", () => null],
]) {
  test(`${name === "public" ? "an anonymous reader" : "a person of another partnership"} sees the closed item only as "Lukket punkt"`, async () => {
    const seen = await visit(token(), name);
    assert.match(seen.dom, /Lukket punkt/);
    for (const secret of [CANARY, CLOSED_TITLE]) {
      assert.ok(!seen.dom.includes(secret), `${secret} in the page`);
      assert.ok(!seen.traffic.includes(secret), `${secret} in the network traffic`);
    }
    assert.deepEqual(seen.errors, []);
  });
}

test("positive control: a member of the forum sees the closed item, so the canary check can find it", async () => {
  const seen = await visit(person(world, "Kurt Æbelø").token, "member");
  assert.ok(seen.dom.includes(CANARY));
  assert.ok(seen.traffic.includes(CANARY));
  assert.ok(seen.dom.includes(CLOSED_TITLE));
});

test("section Markdown is rendered without script, script links or event attributes, under a strict CSP", async () => {
  const hostile = [
    "Se [bilaget](javascript:window.__pwned=1) og [dette](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).",
    "<script>window.__pwned = 1</script>",
    '<img src="x" onerror="window.__pwned = 1">',
    '<a href="https://example.org" onclick="window.__pwned = 1">klik</a>',
    "[Regionens side](https://www.regionsyddanmark.dk/)",
  ].join("\n\n");
  await mutate(server, person(world, "Thomas Reintoft").token, "proposeAgendaItem", {
    meetingId: world.meetingId,
    title: "Punkt med farlig tekst",
    kind: "DISCUSSION",
    sections: [{ section: "SUMMARY", text: hostile }],
  });
  const side = await open(browser, server, `/meetings/${world.meetingId}/agenda`, person(world, "Mette Heidemann").token);
  const navigation = await side.page.reload();
  const csp = navigation.headers()["content-security-policy"];
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);

  const card = side.page.locator("article.item-card", { hasText: "Punkt med farlig tekst" });
  await card.getByRole("link", { name: "Regionens side" }).waitFor();
  const found = await card.evaluate((root) => ({
    scripts: root.querySelectorAll("script").length,
    links: [...root.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? ""),
    handlers: [...root.querySelectorAll("*")].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith("on"))),
    images: root.querySelectorAll("img").length,
  }));
  assert.equal(found.scripts, 0);
  assert.deepEqual(found.handlers, []);
  assert.equal(found.images, 0, "raw HTML is not rendered");
  assert.ok(found.links.includes("https://www.regionsyddanmark.dk/"));
  for (const href of found.links) assert.doesNotMatch(href, /^\s*(javascript|data|vbscript):/i);
  assert.equal(await side.page.evaluate(() => window.__pwned), undefined);
  await side.context.close();
});
