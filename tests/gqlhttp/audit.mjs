// GraphQL-over-HTTP conformance audit (graphql-http reference audits).
// Usage: node audit.mjs [http://127.0.0.1:PORT/graphql] [--strict-notice]
// Exit code: 0 when no result is 'error' or 'warn' (add --strict-notice to also fail on
// 'notice', i.e. failing MAY audits); 1 otherwise; 2 on a fatal error (e.g. server down).
import { auditServer } from 'graphql-http';

const args = process.argv.slice(2);
const url =
  args.find((a) => !a.startsWith('--')) ||
  process.env.GRAPHQL_URL ||
  'http://127.0.0.1:18080/graphql';
const strictNotice = args.includes('--strict-notice');

async function describe(res) {
  if (!res) return '    (no response)';
  const lines = [`    response: ${res.status} ${res.statusText}`];
  for (const [k, v] of res.headers) lines.push(`      ${k}: ${v}`);
  let body;
  try {
    body = res.bodyUsed ? '(body already consumed)' : await res.text();
  } catch (err) {
    body = `(body unreadable: ${err && err.message})`;
  }
  if (body.length > 600) body = body.slice(0, 600) + '…';
  lines.push(`    body: ${body}`);
  return lines.join('\n');
}

let results;
try {
  results = await auditServer({ url });
} catch (err) {
  console.error(`fatal: audit could not run against ${url}:`, err);
  process.exit(2);
}

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const r of results) {
  counts[r.status] = (counts[r.status] || 0) + 1;
  console.log(`[${r.status.toUpperCase()}] ${r.id} ${r.name}`);
  if (r.status !== 'ok') {
    console.log(`    reason: ${r.reason}`);
    console.log(await describe(r.response));
  }
}
console.log(
  `\nsummary for ${url}: ${results.length} audits, ${counts.ok} ok, ` +
    `${counts.notice} notice, ${counts.warn} warn, ${counts.error} error`,
);
const failed = counts.error + counts.warn + (strictNotice ? counts.notice : 0);
process.exit(failed > 0 ? 1 : 0);
