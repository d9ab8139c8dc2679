// Agenda drafting by the secretariat: accept a member's proposal, reorder by dragging and by
// the buttons, publish; a change after publication is marked as such for everyone.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { gql, open, person, setUp, shot, tearDown } from "./harness.mjs";

let server, world, browser;

before(async () => ({ server, world, browser } = await setUp()));
after(() => tearDown({ server, browser }));

async function order() {
  const data = await gql(
    server,
    person(world, "Mette Heidemann").token,
    `query($id: ID!) { meeting(id: $id) { agenda { items { title } } } }`,
    { id: world.meetingId },
  );
  return data.meeting.agenda.items.map((i) => i.title);
}

const headings = (page) => page.locator("ol.items > li h3").allTextContents();

test("the secretariat accepts a proposal, drags and moves items, publishes; later changes are marked", async () => {
  // Tall enough that the dragged item and the drop target are on screen together.
  const region = await open(browser, server, `/meetings/${world.meetingId}/agenda`, person(world, "Mette Heidemann").token, {
    width: 1366,
    height: 3400,
  });
  const vejle = await open(browser, server, `/meetings/${world.meetingId}/agenda`, person(world, "Thomas Reintoft").token);
  const s = region.page;
  for (const side of [region, vejle]) await side.page.getByText("Forbindelse: Live").waitFor();
  assert.equal(await vejle.page.getByRole("button", { name: "Udsend dagsorden" }).count(), 0, "a member does not publish");

  const proposal = "Fælles kompetenceudvikling på børne- og ungeområdet";
  await s.getByRole("button", { name: `Godkend punkt: ${proposal}` }).click();
  await vejle.page.locator("ol.items > li h3", { hasText: proposal }).waitFor();
  assert.deepEqual((await order()).at(-1), proposal);

  // Drag "Eventuelt" onto "Klyngemidler …": it takes that place.
  const item = (title) => s.locator("ol.items > li", { has: s.getByRole("heading", { name: title }) });
  await item("Eventuelt").dragTo(item("Klyngemidler: status og honorering af almen praksis"));
  await s.locator("ol.items > li").nth(1).getByRole("heading", { name: /Eventuelt/ }).waitFor();
  assert.deepEqual((await order()).slice(0, 3), ["Godkendelse af dagsorden", "Eventuelt", "Klyngemidler: status og honorering af almen praksis"]);

  // And back down with the button (keyboard users have no drag).
  await s.getByRole("button", { name: "Flyt ned: Eventuelt" }).click();
  await s.locator("ol.items > li").nth(2).getByRole("heading", { name: /Eventuelt/ }).waitFor();
  assert.equal((await order())[2], "Eventuelt");
  await vejle.page.locator("ol.items > li").nth(2).getByRole("heading", { name: /Eventuelt/ }).waitFor();
  assert.deepEqual(await headings(vejle.page), await headings(s), "the member's page follows live");

  await s.getByRole("button", { name: "Udsend dagsorden" }).click();
  await s.locator(".meeting-head", { hasText: "Udsendt" }).waitFor();

  // Vejle edits a section after publication: everyone sees the mark.
  await vejle.page.getByRole("button", { name: "Redigér: Resumé, Klyngemidler: status og honorering af almen praksis" }).click();
  await vejle.page.locator("form.editor textarea").fill("Status på klyngemidlerne, opdateret efter udsendelse.");
  await vejle.page.getByRole("button", { name: "Gem", exact: true }).click();
  const card = s.locator("article.item-card", { hasText: "Klyngemidler: status og honorering af almen praksis" });
  await card.getByText("Ændret efter udsendelse").waitFor();
  await card.getByText("Status på klyngemidlerne, opdateret efter udsendelse.").waitFor();
  await shot(s, "agenda-published-laptop");
  assert.deepEqual([...region.errors, ...vejle.errors], []);
  await region.context.close();
  await vejle.context.close();
});
