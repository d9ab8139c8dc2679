// The browser tests' world: a fresh Samraad server on the embedded store with the demo
// partnership (`samraad demo --json`), and Debian's Chromium driven by playwright-core.

import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, "../../../..");
export const screenshots = join(here, "screenshots");

/** The samraad binary cargo built (`SAMRAAD_BIN` overrides). */
export function samraadBin() {
  if (process.env.SAMRAAD_BIN) return process.env.SAMRAAD_BIN;
  const target = process.env.CARGO_TARGET_DIR ?? join(repo, "target");
  return join(target, "debug", "samraad");
}

export function chromiumPath() {
  return process.env.CHROMIUM ?? "/usr/bin/chromium";
}

/** Starts `samraad serve` on a free port with a fresh data directory (and `args`). */
export async function startServer({ args = [] } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "samraad-web-"));
  const child = spawn(samraadBin(), ["serve", "--listen", "127.0.0.1:0", "--data-dir", dataDir, ...args], {
    stdio: ["ignore", "pipe", process.env.TEST_LOG ? "inherit" : "ignore"],
  });
  const lines = createInterface({ input: child.stdout });
  const base = await new Promise((resolvePromise, reject) => {
    child.once("exit", (code) => reject(new Error(`samraad exited (${code}) before listening`)));
    lines.on("line", (line) => {
      const m = line.match(/^samraad listening on (\S+)/);
      if (m) resolvePromise(m[1]);
    });
  });
  return {
    base,
    dataDir,
    child,
    stop() {
      child.kill("SIGKILL");
    },
    cleanup() {
      child.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates the demo partnership through the server's API; ids and tokens. */
export function demo(server, name) {
  const extra = name ? ["--name", name] : [];
  const out = execFileSync(samraadBin(), ["demo", "--json", "--url", server.base, "--data-dir", server.dataDir, ...extra]);
  return JSON.parse(out.toString());
}

/** GraphQL over HTTP as `token`; throws on errors. */
export async function gql(server, token, query, variables = {}) {
  const response = await fetch(`${server.base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Runs the mutation `name` with `input` as `token`, as the app does. */
export function mutate(server, token, name, input) {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  return gql(server, token, `mutation($input: ${type}!) { ${name}(input: $input) { version } }`, { input });
}

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A page signed in with `token` (none: the public) at `path`. Its live feed runs through
 * `feed`, which can hold the server's messages, cut the connection and refuse new ones.
 */
export async function open(browser, server, path, token, viewport = { width: 1366, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const feed = new FeedControl();
  await page.routeWebSocket(/\/graphql\/ws$/, (ws) => feed.attach(ws));
  const errors = [];
  page.on("pageerror", (e) => errors.push(e));
  page.on("console", (m) => m.type() === "error" && errors.push(new Error(m.text())));
  const sep = path.includes("?") ? "&" : "?";
  await page.goto(`${server.base}${path}${token ? `${sep}token=${encodeURIComponent(token)}` : ""}`);
  return { context, page, errors, feed };
}

export function shot(page, name) {
  mkdirSync(screenshots, { recursive: true });
  return page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

/** Someone of the demo by name (with their token). */
export function person(world, name) {
  const found = world.people.find((p) => p.name === name);
  if (!found) throw new Error(`no ${name} in the demo`);
  return found;
}

/** The page's side of its WebSocket connections, for forcing drops in tests. */
class FeedControl {
  sockets = new Set();
  held = null;
  refusing = false;
  /** How many connections the page opened. */
  connections = 0;
  /** The position of every feed event the page was sent, in order. */
  positions = [];
  /** Every message the server sent the page. */
  messages = [];

  attach(ws) {
    this.connections += 1;
    if (this.refusing) {
      ws.close({ code: 4500, reason: "test: server unreachable" });
      return;
    }
    const server = ws.connectToServer();
    const entry = { ws, server };
    this.sockets.add(entry);
    ws.onMessage((m) => server.send(m));
    server.onMessage((m) => (this.held ? this.held.push([ws, m]) : this.deliver(ws, m)));
    // With handlers set, Playwright no longer passes a close on: each side closes the other
    // with the same code (4401 when the token runs out, say).
    ws.onClose((code, reason) => {
      this.sockets.delete(entry);
      void server.close({ code, reason }).catch(() => {});
    });
    server.onClose((code, reason) => {
      this.sockets.delete(entry);
      void ws.close({ code, reason }).catch(() => {});
    });
  }

  /** Passes a server message to the page, noting the position of each feed event. */
  deliver(ws, message) {
    this.messages.push(String(message));
    try {
      const m = JSON.parse(message);
      const event = m.type === "next" && m.payload?.data && Object.values(m.payload.data)[0];
      if (event?.position) this.positions.push(event.position);
    } catch {
      // Not JSON: passed on as it is.
    }
    ws.send(message);
  }

  /** Keeps the server's messages from the page until `release`. */
  hold() {
    this.held ??= [];
  }

  release() {
    const held = this.held ?? [];
    this.held = null;
    for (const [ws, m] of held) this.deliver(ws, m);
  }

  /** Drops every open connection, as a lost network would; with `refuse`, new ones fail too. */
  async cut({ refuse = false } = {}) {
    this.refusing = refuse;
    for (const { ws, server } of [...this.sockets]) {
      await ws.close({ code: 4500, reason: "test: connection dropped" });
      await server.close();
    }
    this.sockets.clear();
  }

  restore() {
    this.refusing = false;
  }
}

/**
 * A test file's world: a fresh server with the demo partnership (its agenda published with
 * `publish`) and a browser. `tearDown` ends both.
 */
export async function setUp({ publish = false } = {}) {
  const server = await startServer();
  const world = demo(server);
  const browser = await launch();
  if (publish) {
    await mutate(server, person(world, "Mette Heidemann").token, "publishAgenda", { meetingId: world.meetingId });
  }
  return { server, world, browser };
}

export async function tearDown({ server, browser }) {
  await browser?.close();
  server?.cleanup();
}
