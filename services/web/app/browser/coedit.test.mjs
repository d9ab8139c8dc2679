// Two organisations co-edit one item: different sections are both saved (and appear live on
// the other's page); the same section shows the merge view and nothing typed is lost.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { gql, open, person, setUp, shot, tearDown } from "./harness.mjs";

const ITEM = "Klyngemidler: status og honorering af almen praksis";
let server, world, browser;

before(async () => ({ server, world, browser } = await setUp()));
after(() => tearDown({ server, browser }));

async function sections() {
  const data = await gql(
    server,
    person(world, "Mette Heidemann").token,
    `query($id: ID!) { meeting(id: $id) { agenda { items { title sections { section text revision } } } } }`,
    { id: world.meetingId },
  );
  const item = data.meeting.agenda.items.find((i) => i.title === ITEM);
  return Object.fromEntries(item.sections.map((s) => [s.section, s]));
}

/** Opens the editor of `section` ("Resumé", "Sagsfremstilling") on the item. */
async function startEditing(page, section) {
  await page.getByRole("button", { name: `Redigér: ${section}, ${ITEM}` }).click();
  return page.locator("form.editor textarea");
}

test("two organisations edit different sections of one item: both are saved and appear live", async () => {
  const region = await open(browser, server, `/meetings/${world.meetingId}/agenda`, person(world, "Mette Heidemann").token);
  const vejle = await open(browser, server, `/meetings/${world.meetingId}/agenda`, person(world, "Thomas Reintoft").token);
  for (const side of [region, vejle]) await side.page.getByText("Forbindelse: Live").waitFor();

  const summary = await startEditing(region.page, "Resumé");
  const background = await startEditing(vejle.page, "Sagsfremstilling");
  await summary.fill("Regionens nye resumé af klyngemidlerne.");
  await background.fill("Vejles opdaterede sagsfremstilling.\n\n| Initiativ | Status |\n|---|---|\n| FLUS | Grøn |");
  await region.page.getByRole("button", { name: "Gem", exact: true }).click();
  await vejle.page.getByRole("button", { name: "Gem", exact: true }).click();

  // Each sees the other's edit without reloading.
  await vejle.page.getByText("Regionens nye resumé af klyngemidlerne.").waitFor();
  await region.page.getByText("Vejles opdaterede sagsfremstilling.").waitFor();
  await region.page.locator("td", { hasText: "FLUS" }).first().waitFor();
  await shot(region.page, "agenda-coedited-laptop");

  const saved = await sections();
  assert.equal(saved.SUMMARY.text, "Regionens nye resumé af klyngemidlerne.");
  assert.match(saved.BACKGROUND.text, /^Vejles opdaterede sagsfremstilling\./);
  assert.deepEqual([...region.errors, ...vejle.errors], []);
  await region.context.close();
  await vejle.context.close();
});

async function sameSection({ holdFeed }) {
  const region = await open(browser, server, `/meetings/${world.meetingId}/agenda`, person(world, "Mette Heidemann").token);
  const kolding = await open(browser, server, `/meetings/${world.meetingId}/agenda`, person(world, "Kurt Æbelø").token);
  for (const side of [region, kolding]) await side.page.getByText("Forbindelse: Live").waitFor();
  const before = (await sections()).SUMMARY.text;

  const theirs = await startEditing(region.page, "Resumé");
  const mine = await startEditing(kolding.page, "Resumé");
  const own = `Koldings version ${holdFeed ? "B" : "A"}: husk kommunernes andel.`;
  const other = `Regionens version ${holdFeed ? "B" : "A"}: status og honorering.`;
  await theirs.fill(other);
  await mine.fill(own);
  if (holdFeed) kolding.feed.hold();
  await region.page.getByRole("button", { name: "Gem", exact: true }).click();
  await region.page.locator(".prose", { hasText: other }).first().waitFor();
  if (holdFeed) {
    // Kolding's page has not heard of it: saving meets the API's CONFLICT.
    assert.equal(await kolding.page.getByRole("alert").count(), 0);
    await kolding.page.getByRole("button", { name: "Gem", exact: true }).click();
  }
  const conflict = kolding.page.getByRole("alert").filter({ hasText: "En anden har ændret afsnittet imens" });
  await conflict.waitFor();
  kolding.feed.release();
  assert.equal(await conflict.locator("pre.theirs").textContent(), other);
  assert.equal(await conflict.locator("pre.yours").textContent(), own);
  // Nothing typed is lost: the field still holds the user's own text, labelled for merging.
  const merged = kolding.page.getByLabel("Flettet tekst");
  assert.equal(await merged.inputValue(), own);
  assert.equal((await sections()).SUMMARY.text, other, `the region's text is saved over ${before}`);
  await shot(kolding.page, `agenda-merge-${holdFeed ? "on-save" : "live"}-laptop`);

  const result = `${other} ${own}`;
  await merged.fill(result);
  await kolding.page.getByRole("button", { name: "Gem flettet tekst" }).click();
  await region.page.locator(".prose", { hasText: result }).first().waitFor();
  assert.equal((await sections()).SUMMARY.text, result);
  assert.deepEqual([...region.errors, ...kolding.errors], []);
  await region.context.close();
  await kolding.context.close();
}

test("an edit of the same section arriving live shows the merge view at once; the merged text is saved", () =>
  sameSection({ holdFeed: false }));

test("saving over someone else's newer edit meets the CONFLICT and shows the merge view; the merged text is saved", () =>
  sameSection({ holdFeed: true }));
