// The partnership's home: forums and the calendar, open follow-ups per organisation,
// initiatives with their three lights, the fund pool's balance, chart and ledger; the
// secretariat schedules the next meeting from it; the English toggle.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { open, person, setUp, shot, tearDown } from "./harness.mjs";

let server, world, browser;

before(async () => ({ server, world, browser } = await setUp()));
after(() => tearDown({ server, browser }));

test("a member finds the calendar, follow-ups per organisation, initiatives' lights and the pool", async () => {
  const side = await open(browser, server, "/", person(world, "Thomas Reintoft").token);
  const page = side.page;
  await page.getByRole("link", { name: "Sundhedsklynge Lillebælt (demo)" }).click();
  await page.getByRole("heading", { name: "Mødekalender" }).waitFor();

  const calendar = page.locator("section", { has: page.getByRole("heading", { name: "Fagligt Strategisk Niveau" }) }).first();
  assert.equal(await calendar.getByRole("link").count(), 2, "the past meeting and next week's");
  await calendar.getByText("Afsluttet").waitFor();

  const followUps = page.locator("section", { has: page.getByRole("heading", { name: "Åbne opfølgninger pr. organisation" }) });
  await followUps.getByRole("heading", { name: "Vejle Kommune" }).waitFor();
  await followUps.getByRole("link", { name: "Sende en revideret tidsplan for FLUS til sekretariatet" }).waitFor();

  const flus = page.locator("li", { hasText: "FLUS – fælles læringsforløb for unge med angst" });
  for (const light of ["Aktiviteter: Gul", "Tidsplan: Rød", "Ressourcer: Grøn"]) await flus.getByText(light).waitFor();

  await page.getByText("Disponibelt: 1.600.000,00 kr.").waitFor();
  const ledger = page.getByRole("table", { name: "Posteringer" });
  assert.equal(await ledger.getByRole("row", { name: /Midler tildelt/ }).count(), 2);
  assert.equal(await ledger.getByRole("row", { name: /Bevilling modtaget/ }).count(), 2);
  assert.deepEqual(side.errors, []);
  await side.context.close();
});

test("the secretariat schedules a meeting in the partnership's time zone and lands on its agenda", async () => {
  const side = await open(browser, server, `/partnerships/${world.partnershipId}`, person(world, "Mette Heidemann").token);
  const page = side.page;
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Planlæg møde" }) });
  await form.getByLabel("Dato").fill("2027-03-04");
  await form.getByLabel("Tidspunkt").fill("09:30");
  await form.getByLabel("Mødested").fill("Vejle Rådhus, Skolegade 1, 7100 Vejle");
  await form.getByRole("button", { name: "Planlæg møde" }).click();
  await page.getByRole("heading", { name: "Dagsorden" }).waitFor();
  // 09:30 in Copenhagen, shown as such (the API stores 08:30 UTC).
  await page.locator(".meeting-head", { hasText: "torsdag den 4. marts 2027 kl. 09.30" }).waitFor();
  await shot(page, "scheduled-meeting-laptop");
  assert.deepEqual(side.errors, []);
  await side.context.close();
});

test("the English toggle switches the words and is remembered", async () => {
  const side = await open(browser, server, `/partnerships/${world.partnershipId}`, person(world, "Mette Heidemann").token);
  const page = side.page;
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { name: "Meetings" }).waitFor();
  await page.reload();
  await page.getByRole("heading", { name: "Meetings" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  await page.getByRole("button", { name: "Dansk" }).click();
  await page.getByRole("heading", { name: "Mødekalender" }).waitFor();
  await side.context.close();
});
