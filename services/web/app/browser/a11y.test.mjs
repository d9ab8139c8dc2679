// WCAG 2.1 AA: an axe-core scan of every page, at phone and laptop width, finds no serious or
// critical violation. The run saves a screenshot of each page at each width.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { open, person, setUp, shot, tearDown } from "./harness.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WIDTHS = { phone: { width: 390, height: 844 }, laptop: { width: 1366, height: 900 } };
let server, world, browser;

before(async () => ({ server, world, browser } = await setUp({ publish: true })));
after(() => tearDown({ server, browser }));

/** The pages, each with who looks at it and what shows it is ready. */
function pages() {
  const secretariat = person(world, "Mette Heidemann").token;
  const member = person(world, "Thomas Reintoft").token;
  const meeting = `/meetings/${world.meetingId}`;
  return [
    { name: "signin", path: "/signin", token: null, ready: (p) => p.getByRole("heading", { name: "Log ind i Samraad" }) },
    { name: "home", path: "/", token: member, ready: (p) => p.getByRole("link", { name: /Sundhedsklynge Lillebælt/ }) },
    {
      name: "partnership",
      path: `/partnerships/${world.partnershipId}`,
      token: secretariat,
      ready: (p) => p.getByRole("heading", { name: "Puljer" }),
    },
    { name: "agenda", path: `${meeting}/agenda`, token: secretariat, ready: (p) => p.getByRole("heading", { name: "Foreslå punkt" }) },
    {
      name: "agenda-editing",
      path: `${meeting}/agenda`,
      token: member,
      ready: async (p) => {
        await p.getByRole("button", { name: "Redigér: Resumé, Klyngemidler: status og honorering af almen praksis" }).click();
        return p.getByText("Forhåndsvisning");
      },
    },
    { name: "live-console", path: `${meeting}/live`, token: secretariat, ready: (p) => p.getByRole("button", { name: "Åbn mødet" }) },
    { name: "live-member", path: meeting, token: member, ready: (p) => p.getByRole("heading", { name: "Drøftes nu" }) },
    {
      name: "case-file",
      path: `/cases/${encodeURIComponent("EMN-2026-01234")}`,
      token: member,
      ready: (p) => p.locator(".case-file li", { hasText: "Begge ansøgninger blev godkendt" }),
    },
    { name: "minutes", path: `${meeting}/minutes`, token: member, ready: (p) => p.locator(".minutes") },
    { name: "public", path: meeting, token: null, ready: (p) => p.getByText("Opdateres hvert 3. sekund") },
    {
      name: "signin-failed",
      path: "/auth/callback?code=x&state=y",
      token: null,
      ready: (p) => p.getByRole("heading", { name: "Login mislykkedes" }),
    },
    { name: "not-found", path: "/meetings/nope/agenda", token: member, ready: (p) => p.getByRole("heading", { level: 1 }) },
  ];
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now. */
async function scan(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
  });
}

for (const [width, viewport] of Object.entries(WIDTHS)) {
  test(`every page at ${width} width has no serious or critical WCAG 2.1 AA violation`, async (t) => {
    const failures = [];
    for (const page of pages()) {
      const side = await open(browser, server, page.path, page.token, viewport);
      await (await page.ready(side.page)).first().waitFor();
      await side.page.waitForLoadState("networkidle");
      const violations = await scan(side.page);
      for (const v of violations) t.diagnostic(`${page.name}: ${v.impact} ${v.id} — ${v.help} (${v.nodes.join(", ")})`);
      failures.push(...violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ page: page.name, ...v })));
      await shot(side.page, `${page.name}-${width}`);
      assert.deepEqual(side.errors, [], `${page.name}: errors in the page`);
      await side.context.close();
    }
    assert.deepEqual(failures, []);
  });
}

test("positive control: the scan finds a serious violation when one is there", async () => {
  const side = await open(browser, server, "/signin", null);
  await side.page.getByRole("heading", { name: "Log ind i Samraad" }).waitFor();
  // An image without an alternative text and a field without a label.
  await side.page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "/favicon.svg";
    const input = document.createElement("input");
    document.querySelector("main")?.append(img, input);
  });
  const ids = (await scan(side.page)).filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
  assert.ok(ids.includes("image-alt"), `${ids}`);
  assert.ok(ids.includes("label"), `${ids}`);
  await side.context.close();
});
