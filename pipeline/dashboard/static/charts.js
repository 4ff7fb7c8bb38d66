// Small SVG charts: a stacked per-minute bar chart and horizontal breakdown bars.
// Drawn in pixels at the container's width (redrawn on resize) so text is never stretched.

import { clear, el, fmtClock, fmtNumber, svg } from "./dom.js";

export const STATUS_ORDER = ["unverified", "disputed", "unattributed"];

// Round numbers for the y axis: 1, 2, 5, 10, 20, 50…
function niceStep(max, ticks) {
  const raw = Math.max(1, max) / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = [1, 2, 5, 10].find((m) => m * power >= raw) * power;
  return Math.max(1, unit);
}

export function drawMinutes(container, buckets) {
  clear(container);
  const width = Math.max(320, container.clientWidth);
  const height = 190;
  const pad = { left: 34, right: 8, top: 10, bottom: 24 };
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const totals = buckets.map((b) => STATUS_ORDER.reduce((sum, s) => sum + (b[s] || 0), 0));
  const peak = Math.max(0, ...totals);
  const step = niceStep(peak, 4);
  const top = Math.max(step, Math.ceil(peak / step) * step);
  const y = (v) => pad.top + innerH - (v / top) * innerH;
  const slot = innerW / Math.max(1, buckets.length);
  const barW = Math.max(2, slot * 0.72);

  const chart = svg("svg", {
    width, height, viewBox: `0 0 ${width} ${height}`, class: "svg-chart",
  });
  for (let v = 0; v <= top; v += step) {
    chart.append(
      svg("line", { x1: pad.left, x2: width - pad.right, y1: y(v), y2: y(v), class: v ? "grid" : "axis" }),
      svg("text", { x: pad.left - 6, y: y(v) + 4, class: "tick", "text-anchor": "end", text: fmtNumber(v) }),
    );
  }
  buckets.forEach((bucket, i) => {
    const x = pad.left + i * slot + (slot - barW) / 2;
    let base = 0;
    const group = svg("g", { class: "bar" });
    for (const status of STATUS_ORDER) {
      const n = bucket[status] || 0;
      if (!n) continue;
      group.append(svg("rect", {
        x, width: barW, y: y(base + n), height: Math.max(1, y(base) - y(base + n)),
        class: `fill-${status}`, rx: 1.5,
      }));
      base += n;
    }
    if (base) {
      const parts = STATUS_ORDER.filter((s) => bucket[s]).map((s) => `${bucket[s]} ${s}`);
      group.append(svg("title", { text: `${fmtClock(bucket.t)}: ${parts.join(", ")}` }));
    }
    chart.append(group);
    if (i % 10 === 0 || i === buckets.length - 1) {
      chart.append(svg("text", {
        x: pad.left + i * slot + slot / 2, y: height - 6, class: "tick", "text-anchor": "middle",
        text: i === buckets.length - 1 ? "now" : fmtClock(bucket.t),
      }));
    }
  });
  if (!peak) {
    chart.append(svg("text", {
      x: pad.left + innerW / 2, y: pad.top + innerH / 2, class: "chart-empty", "text-anchor": "middle",
      text: "No flagged claims in the last hour",
    }));
  }
  container.append(chart);
}

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text;
}

// rows: [{key, label, count}]; onPick(key) is called when a bar is clicked.
export function drawBars(container, rows, { active = "", onPick = null, color = "bar-default" } = {}) {
  clear(container);
  if (!rows.length) {
    container.append(el("p", { class: "empty small", text: "Nothing yet" }));
    return;
  }
  const width = Math.max(220, container.clientWidth);
  const rowH = 30;
  const labelH = 14;
  const countW = 44;
  const height = rows.length * rowH;
  const peak = Math.max(1, ...rows.map((r) => r.count));
  const maxChars = Math.floor((width - countW) / 6.6);
  const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "svg-chart bars" });
  rows.forEach((row, i) => {
    const top = i * rowH;
    const barW = Math.max(2, ((width - countW) * row.count) / peak);
    const clickable = onPick && row.key !== null;
    const group = svg("g", {
      class: ["hbar", clickable ? "clickable" : "", active && row.key === active ? "active" : ""].join(" "),
      dataset: { key: row.key ?? "" },
    });
    group.append(
      // an invisible row-sized target, so the whole row takes the click, not just the ink
      svg("rect", { x: 0, y: top, width, height: rowH, class: "hbar-hit" }),
      svg("text", { x: 0, y: top + labelH - 2, class: "hbar-label", text: shorten(row.label, maxChars) }),
      svg("rect", { x: 0, y: top + labelH + 2, width: width - countW, height: 8, rx: 4, class: "hbar-track" }),
      svg("rect", { x: 0, y: top + labelH + 2, width: barW, height: 8, rx: 4, class: `hbar-fill ${color}` }),
      svg("text", {
        x: width, y: top + labelH + 10, class: "hbar-count", "text-anchor": "end", text: fmtNumber(row.count),
      }),
      svg("title", { text: `${row.label}: ${row.count}${clickable ? " (click to filter)" : ""}` }),
    );
    if (clickable) {
      group.addEventListener("click", () => onPick(row.key));
    }
    chart.append(group);
  });
  container.append(chart);
}
