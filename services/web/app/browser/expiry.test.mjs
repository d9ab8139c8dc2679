// An expired sign-in leads back to sign-in without losing a draft, and after signing in
// again the user is back where they were with the text they typed. A page left open goes to
// sign-in by itself when the server ends its feed at the token's expiry.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { open, person, samraadBin, setUp, shot, tearDown } from "./harness.mjs";

const ITEM = "Klyngemidler: status og honorering af almen praksis";
let server, world, browser;

before(async () => ({ server, world, browser } = await setUp()));
after(() => tearDown({ server, browser }));

/** A token for `who` that lives `ttl` seconds. */
function tokenFor(who, ttl) {
  return execFileSync(samraadBin(), [
    "token",
    "--data-dir",
    server.dataDir,
    "--person",
    who.personId,
    "--organization",
    who.organizationId,
    "--ttl",
    String(ttl),
  ])
    .toString()
    .trim();
}

test("an expired token leads back to sign-in; the draft survives and signing in returns to it", async () => {
  const kurt = person(world, "Kurt Æbelø");
  const side = await open(browser, server, `/meetings/${world.meetingId}/agenda`, tokenFor(kurt, 4));
  const page = side.page;
  await page.getByRole("button", { name: `Redigér: Resumé, ${ITEM}` }).click();
  const draft = "Koldings udkast, skrevet mens login udløb.";
  await page.locator("form.editor textarea").fill(draft);
  // The token runs out while the section is open: the server ends the feed (4401) and the
  // page goes to sign-in; the draft stays in the browser.
  await page.getByRole("heading", { name: "Log ind i Samraad" }).waitFor({ timeout: 15_000 });
  await page.getByText("Dit login er udløbet").waitFor();
  await shot(page, "signin-expired-laptop");

  await page.getByLabel("Token").fill(tokenFor(kurt, 3600));
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL(`**/meetings/${world.meetingId}/agenda`);
  await page.getByRole("button", { name: `Redigér: Resumé, ${ITEM}` }).click();
  assert.equal(await page.locator("form.editor textarea").inputValue(), draft);
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await page.locator(".prose", { hasText: draft }).first().waitFor();
  await side.context.close();
});

test("a live page whose token runs out goes to sign-in by itself (the server closes the feed with 4401)", async () => {
  const thomas = person(world, "Thomas Reintoft");
  const side = await open(browser, server, `/meetings/${world.meetingId}/live`, tokenFor(thomas, 3));
  await side.page.getByText("Forbindelse: Live").waitFor();
  await side.page.getByRole("heading", { name: "Log ind i Samraad" }).waitFor({ timeout: 15_000 });
  await side.page.getByText("Dit login er udløbet").waitFor();
  assert.equal(new URL(side.page.url()).pathname, "/signin");
  await side.context.close();
});

test("on a page without a feed, acting after the token ran out leads to sign-in and back", async () => {
  const mette = person(world, "Mette Heidemann");
  const side = await open(browser, server, `/partnerships/${world.partnershipId}`, tokenFor(mette, 3));
  const page = side.page;
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Planlæg møde" }) });
  await form.getByLabel("Dato").fill("2027-05-06");
  await page.waitForTimeout(3500);
  await form.getByRole("button", { name: "Planlæg møde" }).click();
  await page.getByRole("heading", { name: "Log ind i Samraad" }).waitFor();
  await page.getByLabel("Token").fill(tokenFor(mette, 3600));
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL(`**/partnerships/${world.partnershipId}`);
  await page.getByRole("heading", { name: "Planlæg møde" }).waitFor();
  await side.context.close();
});
