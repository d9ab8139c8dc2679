// The fund pool's available balance over time, as an SVG step line with a text summary.

import { html } from "../html";
import { money, shortDate } from "../format";
import { t } from "../i18n";

export interface Point {
  at: string;
  amount: number;
}

export function BalanceChart({ points, currency, timeZone }: { points: Point[]; currency: string; timeZone: string }) {
  if (points.length === 0) return null;
  const width = 600;
  const height = 160;
  const pad = 8;
  const max = Math.max(...points.map((p) => p.amount), 1);
  const x = (i: number) => pad + (points.length === 1 ? 0 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) => height - pad - (Math.max(v, 0) * (height - 2 * pad)) / max;
  let d = `M ${x(0)} ${y(points[0].amount)}`;
  points.forEach((p, i) => {
    if (i > 0) d += ` H ${x(i)} V ${y(p.amount)}`;
  });
  const last = points[points.length - 1];
  const label = `${t("balanceOverTime")}: ${money(points[0].amount, currency)} (${shortDate(points[0].at, timeZone)}) → ${money(last.amount, currency)} (${shortDate(last.at, timeZone)})`;
  return html`<figure class="chart">
    <svg viewBox=${`0 0 ${width} ${height}`} role="img" aria-label=${label} preserveAspectRatio="none">
      <path d=${d} fill="none" stroke="currentColor" stroke-width="3" vector-effect="non-scaling-stroke" />
    </svg>
    <figcaption>${label}</figcaption>
  </figure>`;
}
