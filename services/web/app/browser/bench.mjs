// The web app's budgets, measured in the browser tests' Chromium (results in BENCHMARKS.md):
// - a meeting with 20 items and decisions rendered after navigation (live and agenda views);
// - a recorded decision on screen after the mutation's acknowledgement, with 50 open pages.
// Run: `node --experimental-websocket browser/bench.mjs [runs]` after
// `cargo build --release -p samraad-server` and with SAMRAAD_BIN=<target>/release/samraad
// (prints JSON; a debug build works too, slower).

import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createClient } from "graphql-ws";
import { demo, launch, mutate, person, samraadBin, startServer } from "./harness.mjs";

const ITEMS = 20;
const PAGES = Number(process.env.SAMRAAD_BENCH_PAGES ?? 50);
// Time between decisions: far quicker than any meeting, slow enough that 50 pages on this
// 2-core machine are not still busy with the previous one (set SAMRAAD_BENCH_PACE_MS to vary).
const PACE_MS = Number(process.env.SAMRAAD_BENCH_PACE_MS ?? 1000);
const runs = Number(process.argv[2] ?? 3);


/** A meeting of the demo forum with `ITEMS` accepted items; with `decided`, all decided. */
async function meeting(server, world, decided) {
  const token = person(world, "Mette Heidemann").token;
  const run = (name, input) => mutate(server, token, name, input);
  const meetingId = randomUUID();
  await run("scheduleMeeting", {
    meetingId,
    forumId: world.forumId,
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    location: { address: "Regionshuset, Damhaven 12, 7100 Vejle" },
  });
  const items = [];
  for (let i = 1; i <= ITEMS; i++) {
    const itemId = randomUUID();
    items.push(itemId);
    await run("proposeAgendaItem", {
      meetingId,
      itemId,
      title: `Punkt ${i}: status for initiativ ${i}`,
      kind: "DECISION",
      sections: [
        { section: "SUMMARY", text: `Resumé af punkt ${i} med **fremhævet** tekst og en [henvisning](https://example.org/${i}).` },
        { section: "RECOMMENDATIONS", text: "Det indstilles, at forummet\n\n1. Tager orienteringen til efterretning\n2. Godkender planen" },
      ],
    });
    await run("acceptAgendaItem", { meetingId, itemId });
  }
  await run("publishAgenda", { meetingId });
  await run("openMeeting", { meetingId });
  const decide = async (itemId, i) => {
    await run("takeUpItem", { meetingId, itemId });
    const started = Date.now();
    await run("recordDecision", {
      meetingId,
      itemId,
      text: `Beslutning ${i}: orienteringen blev taget til efterretning og planen godkendt.`,
      outcomes: [
        { recommendation: 1, outcome: "NOTED" },
        { recommendation: 2, outcome: "APPROVED" },
      ],
    });
    return { started, acknowledged: Date.now() };
  };
  if (decided) for (const [i, itemId] of items.entries()) await decide(itemId, i + 1);
  return { meetingId, items, decide };
}

/** A new member of the demo forum (for Kolding Kommune) and their token. */
async function newMember(server, world, i) {
  const personId = randomUUID();
  const organizationId = person(world, "Kurt Æbelø").organizationId;
  await mutate(server, world.adminToken, "appointMember", {
    partnershipId: world.partnershipId,
    forumId: world.forumId,
    personId,
    personName: `Deltager ${i + 1}`,
    organizationId,
    role: "MEMBER",
    validFrom: new Date().toISOString().slice(0, 10),
  });
  return execFileSync(samraadBin(), ["token", "--data-dir", server.dataDir, "--person", personId, "--organization", organizationId])
    .toString()
    .trim();
}

/**
 * The same subscription as the pages', by 50 graphql-ws clients in Node (no browser): how long
 * the server takes to deliver a decision to 50 subscribers on this machine.
 */
async function rawClients(server, world, tokens, subscribe) {
  const fresh = await meeting(server, world, false);
  const url = `${server.base.replace("http", "ws")}/graphql/ws`;
  const arrived = tokens.map(() => []);
  const clients = [];
  await Promise.all(
    tokens.map(
      (token, i) =>
        new Promise((resolve, reject) => {
          const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
          clients.push(client);
          let live = false;
          client.subscribe(
            { query: subscribe.query, variables: { ...subscribe.variables, id: fresh.meetingId, after: null } },
            {
              next: (m) => {
                const event = m.data && Object.values(m.data)[0];
                if (!live && event?.type === "MeetingOpened") {
                  live = true;
                  resolve();
                }
                if (live && event?.type === "DecisionRecorded") arrived[i].push(Date.now());
              },
              error: reject,
              complete: () => {},
            },
          );
        }),
    ),
  );
  await new Promise((r) => setTimeout(r, 500));
  const acks = [];
  for (const [i, itemId] of fresh.items.entries()) {
    acks.push(await fresh.decide(itemId, i + 1));
    await new Promise((r) => setTimeout(r, PACE_MS));
  }
  await new Promise((r) => setTimeout(r, 2000));
  for (const client of clients) await client.dispose();
  return arrived.flatMap((list) => list.map((at, i) => at - acks[i].acknowledged));
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { n: sorted.length, median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

/** Milliseconds from navigation start until `selector` matches `count` elements. */
async function renderTime(browser, server, token, path, selector, count) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.base}/signin`);
  await page.evaluate((t) => localStorage.setItem("samraad.token", t), token);
  await page.goto(`${server.base}${path}`, { waitUntil: "commit" });
  await page.waitForFunction(([s, n]) => document.querySelectorAll(s).length >= n, [selector, count], { polling: "raf" });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

async function once() {
  const server = await startServer();
  const world = demo(server);
  const browser = await launch();
  try {
    const member = person(world, "Thomas Reintoft").token;
    const full = await meeting(server, world, true);
    const live = [];
    const agenda = [];
    for (let i = 0; i < 5; i++) {
      live.push(await renderTime(browser, server, member, `/meetings/${full.meetingId}/live`, "li.decision", ITEMS));
      agenda.push(await renderTime(browser, server, member, `/meetings/${full.meetingId}/agenda`, "article.item-card", ITEMS));
    }

    // 50 members, each on their own page, follow a meeting; each page notes when a new
    // decision appears on it.
    const fresh = await meeting(server, world, false);
    const contexts = [];
    const pages = [];
    const tokens = [];
    for (let i = 0; i < PAGES; i++) {
      const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
      // Notes when each decision's feed message arrives, to tell the server's share from the page's.
      await context.addInitScript(() => {
        window.__arrived = [];
        const Native = window.WebSocket;
        window.WebSocket = class extends Native {
          constructor(...args) {
            super(...args);
            const send = this.send.bind(this);
            this.send = (data) => {
              if (typeof data === "string" && data.includes('"type":"subscribe"')) window.__subscribe = data;
              send(data);
            };
            this.addEventListener("message", (m) => {
              if (typeof m.data === "string" && m.data.includes('"type":"DecisionRecorded"')) window.__arrived.push(Date.now());
            });
          }
        };
      });
      const page = await context.newPage();
      await page.goto(`${server.base}/signin`);
      const token = await newMember(server, world, i);
      tokens.push(token);
      await page.evaluate((t) => localStorage.setItem("samraad.token", t), token);
      contexts.push(context);
      pages.push(page);
    }
    await Promise.all(
      pages.map(async (page) => {
        await page.goto(`${server.base}/meetings/${fresh.meetingId}/live`);
        await page.getByText("Forbindelse: Live").waitFor({ timeout: 60_000 });
        await page.evaluate(() => {
          window.__seen = [];
          new MutationObserver(() => {
            const n = document.querySelectorAll("li.decision").length;
            while (window.__seen.length < n) window.__seen.push(Date.now());
          }).observe(document.body, { childList: true, subtree: true });
        });
      }),
    );
    // The renderers' main-thread time (script, style, layout) while the decisions come in.
    const sessions = await Promise.all(pages.map((p) => p.context().newCDPSession(p)));
    const busy = async () => {
      let total = 0;
      for (const cdp of sessions) {
        const { metrics } = await cdp.send("Performance.getMetrics");
        total += metrics.find((m) => m.name === "TaskDuration")?.value ?? 0;
      }
      return total * 1000;
    };
    for (const cdp of sessions) await cdp.send("Performance.enable");
    const busyBefore = await busy();
    const acks = [];
    for (const [i, itemId] of fresh.items.entries()) {
      acks.push(await fresh.decide(itemId, i + 1));
      await new Promise((r) => setTimeout(r, PACE_MS));
    }
    await Promise.all(pages.map((p) => p.waitForFunction((n) => window.__seen.length >= n, ITEMS, { timeout: 60_000 })));
    // Per page and decision (each decision is two feed events: the item taken up, the decision).
    const pageWorkPerDecision = ((await busy()) - busyBefore) / PAGES / ITEMS;
    const latencies = [];
    const delivery = [];
    for (const page of pages) {
      const { seen, arrived } = await page.evaluate(() => ({ seen: window.__seen, arrived: window.__arrived }));
      seen.forEach((at, i) => latencies.push(at - acks[i].acknowledged));
      arrived.forEach((at, i) => delivery.push(at - acks[i].acknowledged));
    }
    const subscribe = JSON.parse(await pages[0].evaluate(() => window.__subscribe)).payload;
    for (const context of contexts) await context.close();
    const serverOnly = await rawClients(server, world, tokens, subscribe);
    return {
      liveRender: stats(live),
      agendaRender: stats(agenda),
      decisionOnScreen: stats(latencies),
      feedMessageArrived: stats(delivery),
      serverOnly: stats(serverOnly),
      pageWorkPerDecisionMs: Math.round(pageWorkPerDecision * 10) / 10,
    };
  } finally {
    await browser.close();
    server.cleanup();
  }
}

const results = [];
for (let i = 0; i < runs; i++) results.push(await once());
console.log(JSON.stringify(results, null, 2));
