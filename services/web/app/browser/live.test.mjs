// The live meeting: the secretariat runs it from the console; a member "on Teams" follows
// it from a deep link, sees each decision within a second of its acknowledgement, and after
// a dropped connection resumes from its last position with nothing missed or repeated.
// Then the minutes: adjourned, rendered, approved.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { open, person, setUp, shot, tearDown } from "./harness.mjs";

let server, world, browser, secretariat, member;

before(async () => {
  ({ server, world, browser } = await setUp());
  secretariat = await open(browser, server, `/meetings/${world.meetingId}/live`, person(world, "Mette Heidemann").token);
  // The deep link without a view opens the live view.
  member = await open(browser, server, `/meetings/${world.meetingId}`, person(world, "Kurt Æbelø").token, {
    width: 390,
    height: 844,
  });
  for (const side of [secretariat, member]) await side.page.getByText("Forbindelse: Live").waitFor();
});

after(() => tearDown({ server, browser }));

const isRecordDecision = (response) =>
  response.url().endsWith("/graphql") && (response.request().postData() ?? "").includes("recordDecision");

/** Takes up `title` and records its decision with APPROVED for each recommendation. */
async function decide(page, title, text, reservation) {
  await page.getByRole("button", { name: `Tag punktet op: ${title}` }).click();
  const form = page.locator("form.decision-form");
  await form.getByRole("heading", { name: `Registrér beslutning: ${title}` }).waitFor();
  await form.getByLabel("Beslutningstekst").fill(text);
  if (reservation) {
    await form.getByRole("button", { name: "Tilføj forbehold" }).click();
    await form.getByLabel("Forbehold 1: Organisation").selectOption({ label: reservation.organization });
    await form.getByLabel("Forbehold 1: Indstilling").selectOption(String(reservation.recommendation));
    await form.getByLabel("Forbehold 1: Tekst").fill(reservation.text);
  }
  const acknowledged = page.waitForResponse(isRecordDecision);
  await form.getByRole("button", { name: "Registrér beslutning", exact: true }).click();
  const response = await acknowledged;
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
}

test("the secretariat runs the meeting; a member's live view follows it and shows each decision within a second", async () => {
  const s = secretariat.page;
  const m = member.page;
  assert.equal(await m.getByRole("heading", { name: "Drøftes nu" }).count(), 1, "the deep link opens the live view");
  assert.equal(await m.getByRole("heading", { name: "Mødeleder" }).count(), 0, "a member has no console");

  await s.getByRole("button", { name: "Åbn mødet" }).click();
  await s.getByLabel("Navn", { exact: true }).fill("Hanne Andersen");
  await s.getByLabel("Status", { exact: true }).selectOption({ label: "Til stede i lokalet" });
  await s.getByRole("button", { name: "Registrér", exact: true }).click();
  await s.getByLabel("Navn", { exact: true }).fill("Kurt Æbelø");
  await s.getByLabel("Status", { exact: true }).selectOption({ label: "Deltager online" });
  await s.getByRole("button", { name: "Registrér", exact: true }).click();
  await s.getByText("Kurt Æbelø — Deltager online").waitFor();
  // A guest for one item only.
  await s.getByLabel("Navn", { exact: true }).fill("Anne Jensen");
  await s.getByLabel("Status", { exact: true }).selectOption({ label: "Til stede i lokalet" });
  await s.getByLabel("Gæst ved punkt").selectOption({ label: "Klyngemidler: status og honorering af almen praksis" });
  await s.getByRole("button", { name: "Registrér", exact: true }).click();
  await s.getByText("Anne Jensen — Til stede i lokalet (Gæst ved punkt Klyngemidler: status og honorering af almen praksis)").waitFor();

  await decide(s, "Godkendelse af dagsorden", "Dagsordenen blev godkendt uden bemærkninger.");
  // The promise: on the member's screen within a second of the acknowledgement.
  await m.locator("li.decision", { hasText: "Dagsordenen blev godkendt uden bemærkninger." }).waitFor({ timeout: 1000 });
  await m.getByText("1. Godkendelse af dagsorden").first().waitFor();
  await shot(m, "live-member-phone");
  await shot(s, "live-console-laptop");
});

test("after a dropped connection the member's view resumes from its last position: nothing missed, nothing repeated", async () => {
  const s = secretariat.page;
  const m = member.page;
  const connectionsBefore = member.feed.connections;

  await member.feed.cut({ refuse: true });
  await m.getByText("Forbindelsen blev afbrudt – genopretter …").waitFor();
  // While the member is away: an item is taken up and decided.
  await decide(s, "Klyngemidler: status og honorering af almen praksis", "Orienteringen blev taget til efterretning, og honoreringen blev godkendt.", {
    organization: "Kolding Kommune",
    recommendation: 2,
    text: "Forbehold for byrådets godkendelse af finansieringen",
  });
  await shot(m, "live-member-reconnecting-phone");

  member.feed.restore();
  await m.getByText("Forbindelse: Live").waitFor();
  await m
    .locator("li.decision", { hasText: "Orienteringen blev taget til efterretning" })
    .waitFor({ timeout: 1000 });
  assert.ok(member.feed.connections > connectionsBefore, "the page connected again");
  await m
    .locator("li.decision", { hasText: "Kolding Kommune: Forbehold for byrådets godkendelse af finansieringen" })
    .waitFor();

  // Once more after the reconnect, live.
  await decide(s, "Eventuelt", "Intet under eventuelt.");
  await m.locator("li.decision", { hasText: "Intet under eventuelt." }).waitFor({ timeout: 1000 });

  assert.equal(await m.locator("li.decision").count(), 3);
  assert.equal(await m.locator("ul.news li").count(), 3, "each decision is announced once");
  const positions = member.feed.positions;
  assert.equal(new Set(positions).size, positions.length, `no event sent twice: ${positions}`);
  assert.deepEqual(positions, secretariat.feed.positions, "the member received every event the secretariat did");
  assert.deepEqual([...secretariat.errors, ...member.errors], []);
});

test("afterwards: a follow-up, the adjournment, the minutes in the forum's layout and their approval", async () => {
  const s = secretariat.page;
  await s.getByLabel("Opfølgning", { exact: true }).fill("Sekretariatet sender referatet til kommunerne.");
  await s.getByRole("button", { name: "Tilføj opfølgning" }).click();
  await s.locator("ul.follow-ups", { hasText: "Sekretariatet sender referatet til kommunerne. — Sekretariatet" }).waitFor();
  await member.page.locator("ul.follow-ups", { hasText: "Sekretariatet sender referatet til kommunerne." }).waitFor();
  await s.getByRole("button", { name: "Afslut mødet" }).click();
  await s.getByText("Afsluttet").first().waitFor();

  await s.getByRole("link", { name: "Referat" }).click();
  const minutes = s.locator(".minutes");
  await minutes.getByText("Dagsordenen blev godkendt uden bemærkninger.").waitFor();
  assert.match(await minutes.textContent(), /Klyngemidler: status og honorering af almen praksis/);
  await s.getByRole("button", { name: "Godkend referatet" }).click();
  await s.getByText("Referatet er godkendt").waitFor();
  // An item's history: who did what, when, for which organisation.
  await s.locator("details summary", { hasText: "Eventuelt" }).click();
  await s.getByRole("row", { name: /Beslutning registreret Mette Heidemann, Region Syddanmark/ }).waitFor();
  await s.getByRole("row", { name: /Punktet taget op Mette Heidemann, Region Syddanmark/ }).waitFor();
  await shot(s, "minutes-laptop");

  // The member sees the same minutes, live, without the console's buttons.
  const m = member.page;
  await m.getByRole("link", { name: "Referat" }).click();
  await m.locator(".minutes").getByText("Intet under eventuelt.").waitFor();
  assert.equal(await m.getByRole("button", { name: "Godkend referatet" }).count(), 0);
  await shot(m, "minutes-phone");
  assert.deepEqual([...secretariat.errors, ...member.errors], []);
});
