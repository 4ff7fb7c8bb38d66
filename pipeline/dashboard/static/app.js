// claimwatch live dashboard: follows /api/events (Server-Sent Events) and renders the feed,
// counters and charts. Claims are keyed by claim_id, so a replayed claim replaces its row.

import { closeArticle, openArticle, wireArticlePanel } from "./article.js";
import { STATUS_ORDER, drawBars, drawMinutes } from "./charts.js";
import {
  STATUS_LABELS, clear, el, fmtNumber, fmtTime, reasonLabel, renderSegments, safeHref,
} from "./dom.js";

const PAGE = 100;
const MAX_CLAIMS = 5000; // like the server, the page forgets the oldest beyond this
const claims = new Map(); // claim_id -> view from the server
const rows = new Map(); // claim_id -> {view, node}: built once per version of a claim
let stats = null;
let shown = PAGE;
let live = false; // false while applying a snapshot: those rows are not "new"
let renderQueued = false;
const fresh = new Set();

const $ = (id) => document.getElementById(id);
const filters = () => ({
  text: $("f-text").value.trim().toLowerCase(),
  status: $("f-status").value,
  reason: $("f-reason").value,
  claimant: $("f-claimant").value,
  outlet: $("f-outlet").value,
});

// ---- the event stream -----------------------------------------------------------------

function connect() {
  const source = new EventSource("/api/events", { withCredentials: true });
  source.addEventListener("open", () => setConn("live", "Live"));
  source.addEventListener("error", () => setConn("down", "Reconnecting…"));
  source.addEventListener("snapshot", (event) => {
    const snap = JSON.parse(event.data);
    live = false;
    claims.clear();
    rows.clear();
    for (const view of snap.claims) claims.set(view.claim_id, view);
    stats = snap.stats;
    stats.feed = snap.feed;
    live = true;
    scheduleRender(true);
  });
  source.addEventListener("claims", (event) => {
    for (const view of JSON.parse(event.data)) {
      if (!claims.has(view.claim_id) && live) fresh.add(view.claim_id);
      claims.set(view.claim_id, view);
      rows.delete(view.claim_id);
    }
    trim();
    scheduleRender(false);
  });
  source.addEventListener("remove", (event) => {
    for (const id of JSON.parse(event.data)) {
      claims.delete(id);
      rows.delete(id);
    }
    scheduleRender(false);
  });
  source.addEventListener("stats", (event) => {
    stats = JSON.parse(event.data);
    scheduleRender(true);
  });
}

function trim() {
  if (claims.size <= MAX_CLAIMS) return;
  // trim to 90% so this sort runs once per many arrivals, not on each one
  const oldest = [...claims.values()].sort((a, b) => a.seen_ms - b.seen_ms || a.seq - b.seq);
  for (const view of oldest.slice(0, claims.size - Math.floor(MAX_CLAIMS * 0.9))) {
    claims.delete(view.claim_id);
    rows.delete(view.claim_id);
  }
}

function setConn(state, text) {
  $("conn").dataset.state = state;
  $("conn-text").textContent = text;
}

let chartsDue = false;
function scheduleRender(withCharts) {
  chartsDue = chartsDue || withCharts;
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    renderFeed();
    refreshFilterOptions();
    if (chartsDue && stats) renderStats();
    chartsDue = false;
  });
}

// ---- filters --------------------------------------------------------------------------

function matches(view, f) {
  if (f.status && view.status !== f.status) return false;
  if (f.reason && !view.reasons.some((r) => r.code === f.reason)) return false;
  if (f.claimant && claimantName(view) !== f.claimant) return false;
  if (f.outlet && (view.outlet || "") !== f.outlet) return false;
  if (f.text) {
    const hay = [
      view.text, view.sentence, view.outlet, view.article_title, claimantName(view),
      ...(view.claimant ? view.claimant.via.map((r) => r.name) : []),
      ...view.reasons.map((r) => `${r.cue} ${reasonLabel(r.code)} ${r.explanation || ""}`),
    ].filter(Boolean).join("\n").toLowerCase();
    if (!hay.includes(f.text)) return false;
  }
  return true;
}

function claimantName(view) {
  return view.claimant ? view.claimant.name : "";
}

function setOptions(select, values, label) {
  const keep = select.value;
  const wanted = ["", ...values];
  const have = [...select.options].map((o) => o.value);
  if (have.length === wanted.length && have.every((v, i) => v === wanted[i])) return;
  clear(select).append(el("option", { value: "", text: label }));
  for (const value of values) {
    select.append(el("option", { value, text: select.id === "f-reason" ? reasonLabel(value) : value }));
  }
  if (keep && !values.includes(keep)) select.append(el("option", { value: keep, text: keep }));
  select.value = keep;
}

function refreshFilterOptions() {
  const reasons = new Set();
  const claimants = new Map();
  const outlets = new Map();
  for (const view of claims.values()) {
    for (const r of view.reasons) reasons.add(r.code);
    const who = claimantName(view);
    if (who) claimants.set(who, (claimants.get(who) || 0) + 1);
    if (view.outlet) outlets.set(view.outlet, (outlets.get(view.outlet) || 0) + 1);
  }
  const byCount = (map) => [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 200).map(([name]) => name);
  setOptions($("f-status"), STATUS_ORDER, "All statuses");
  setOptions($("f-reason"), [...reasons].sort(), "All reasons");
  setOptions($("f-claimant"), byCount(claimants), "All claimants");
  setOptions($("f-outlet"), byCount(outlets), "All outlets");
}

function pick(selectId, value) {
  const select = $(selectId);
  select.value = select.value === value ? "" : value;
  shown = PAGE;
  scheduleRender(true);
}

// ---- the feed -------------------------------------------------------------------------

function renderFeed() {
  const f = filters();
  const ordered = [...claims.values()]
    .filter((view) => matches(view, f))
    .sort((a, b) => b.seen_ms - a.seen_ms || b.seq - a.seq);
  const list = $("feed");
  const frag = document.createDocumentFragment();
  for (const view of ordered.slice(0, shown)) frag.append(rowFor(view));
  clear(list).append(frag);
  fresh.clear();
  const filtered = Object.values(f).some(Boolean);
  $("feed-count").textContent = filtered
    ? `${fmtNumber(ordered.length)} of ${fmtNumber(claims.size)} match`
    : `showing ${fmtNumber(Math.min(shown, claims.size))} of ${fmtNumber(claims.size)} loaded`;
  $("feed-empty").hidden = ordered.length > 0;
  $("feed-empty").textContent = claims.size ? "No flagged claim matches these filters." : "Waiting for flagged claims…";
  $("feed-more").hidden = ordered.length <= shown;
}

function rowFor(view) {
  const cached = rows.get(view.claim_id);
  if (cached && cached.view === view) return cached.node;
  const node = buildRow(view);
  if (fresh.has(view.claim_id)) node.classList.add("is-new");
  rows.set(view.claim_id, { view, node });
  return node;
}

function chain(view) {
  const who = view.claimant;
  if (!who) return el("span", { class: "who who-none", text: "No named claimant" });
  // `via` lists relays nearest the reader first; read the chain from the source outwards.
  const relays = [...who.via].reverse();
  return el(
    "span",
    { class: "who" },
    el("span", { class: "who-name", text: who.name }),
    view.denied ? el("span", { class: "tag tag-denies", text: "denies", title: "The claimant rejects this; the text is what it denies." }) : null,
    who.entity_type && who.entity_type !== "unknown" ? el("span", { class: "tag", text: who.entity_type }) : null,
    who.self_interested ? el("span", { class: "tag tag-warn", text: "self-interested" }) : null,
    relays.map((relay) => [el("span", { class: "arrow", text: "→" }), el("span", { class: "relay", text: relay.name })]),
  );
}

function reasonItem(reason) {
  return el(
    "li",
    { class: `reason reason-${reason.code}`, title: reason.explanation || null },
    el("span", { class: "reason-code", text: reasonLabel(reason.code) }),
    reason.cue ? el("mark", { class: "cue", text: reason.cue }) : null,
    reason.explanation ? el("span", { class: "reason-expl", text: reason.explanation }) : null,
  );
}

const REASONS_SHOWN = 3;

function reasonList(reasons) {
  const items = reasons.map(reasonItem);
  const list = el("ul", { class: "reasons" }, items);
  const extra = items.length - REASONS_SHOWN;
  if (extra > 0) {
    for (const item of items.slice(REASONS_SHOWN)) item.classList.add("reason-extra");
    const toggle = el("button", { type: "button", class: "btn-link", text: `+${extra} more` });
    toggle.addEventListener("click", () => {
      const open = list.classList.toggle("expanded");
      toggle.textContent = open ? "show fewer" : `+${extra} more`;
    });
    list.append(el("li", { class: "reason-toggle" }, toggle));
  }
  return list;
}

function buildRow(view) {
  const href = safeHref(view.article_url);
  const time = el("time", {
    datetime: new Date(view.seen_ms).toISOString(),
    title: view.published_at ? `published ${new Date(view.published_at).toLocaleString()}` : "time first seen",
    text: fmtTime(view.seen_ms),
  });
  return el(
    "li",
    { class: `claim status-${view.status}`, dataset: { claimId: view.claim_id, status: view.status } },
    el(
      "div",
      { class: "claim-head" },
      el("span", { class: `badge status-${view.status}`, text: STATUS_LABELS[view.status] || view.status }),
      chain(view),
      el("span", { class: "spacer" }),
      view.revisions > 1 ? el("span", { class: "tag", title: "seen again (replayed or updated)", text: `updated ×${view.revisions}` }) : null,
      time,
    ),
    el("p", { class: "claim-sentence" }, renderSegments(view.sentence_segments, view.claim_id)),
    view.reasons.length ? reasonList(view.reasons) : null,
    el(
      "div",
      { class: "claim-foot" },
      el("span", { class: view.outlet ? "outlet" : "outlet is-unknown", text: view.outlet || "outlet unknown" }),
      view.article_title ? el("span", { class: "article-title", text: view.article_title }) : null,
      el("span", { class: "spacer" }),
      el("span", { class: "score", title: "check-worthiness", text: `check-worthiness ${Math.round(view.checkworthiness * 100)}%` }),
      el("button", {
        type: "button", class: "btn-link open-article", text: "Article view",
        onclick: () => showArticle(view.article_id, view.claim_id),
      }),
      href ? el("a", { class: "source-link", href, target: "_blank", rel: "noopener noreferrer", text: "Source ↗" }) : null,
    ),
  );
}

// ---- counters and charts --------------------------------------------------------------

function renderStats() {
  const totals = stats.totals;
  const hour = stats.per_minute.reduce((sum, b) => sum + STATUS_ORDER.reduce((s, k) => s + (b[k] || 0), 0), 0);
  $("kpi-held").textContent = fmtNumber(stats.held);
  $("kpi-hour").textContent = fmtNumber(hour);
  $("kpi-claims").textContent = fmtNumber(totals.claims);
  $("kpi-rate").textContent = totals.claims ? `${((100 * totals.flagged) / totals.claims).toFixed(1)}%` : "–";
  $("kpi-rate-note").textContent = totals.claims ? `${fmtNumber(totals.flagged)} of the ${fmtNumber(totals.claims)} claims read flagged` : "flagged ÷ analysed, among the claims read";
  $("kpi-articles").textContent = fmtNumber(totals.articles);
  const parts = STATUS_ORDER.filter((s) => stats.by_status[s]).map((s) => `${fmtNumber(stats.by_status[s])} ${s}`);
  $("kpi-held-note").textContent = parts.join(" · ") || "held by the dashboard";

  const feed = stats.feed || {};
  const pill = $("feed-state");
  pill.dataset.state = feed.consuming ? "ok" : "warn";
  pill.textContent = feed.consuming
    ? `Kafka: ${feed.topics.length} topics${feed.lag ? `, lag ${fmtNumber(feed.lag)}` : ""}`
    : `Kafka: ${feed.connected ? "waiting for topics" : "not connected"}`;
  pill.title = feed.last_error || (feed.waiting_for && feed.waiting_for.length ? `waiting for ${feed.waiting_for.join(", ")}` : "Kafka feed");

  drawMinutes($("chart-minutes"), stats.per_minute);
  const f = filters();
  drawBars($("chart-reason"), stats.by_reason.map((r) => ({ ...r, key: r.key === "(none)" ? null : r.key })), {
    active: f.reason, onPick: (key) => pick("f-reason", key), color: "bar-reason",
  });
  drawBars($("chart-claimant"), stats.by_claimant.map((r) => ({ ...r, key: r.key && r.key.startsWith("(") ? null : r.key })), {
    active: f.claimant, onPick: (key) => pick("f-claimant", key), color: "bar-claimant",
  });
  drawBars($("chart-outlet"), stats.by_outlet.map((r) => ({ ...r, key: r.key && r.key.startsWith("(") ? null : r.key })), {
    active: f.outlet, onPick: (key) => pick("f-outlet", key), color: "bar-outlet",
  });
}

function drawLegend() {
  const legend = $("status-legend");
  for (const status of STATUS_ORDER) {
    legend.append(el("span", { class: "legend-item" }, el("span", { class: `swatch fill-${status}` }), STATUS_LABELS[status]));
  }
}

// ---- article view routing -------------------------------------------------------------

function showArticle(articleId, claimId) {
  const params = new URLSearchParams({ article: articleId });
  if (claimId) params.set("claim", claimId);
  location.hash = params.toString();
}

function route() {
  const params = new URLSearchParams(location.hash.slice(1));
  const articleId = params.get("article");
  if (articleId) openArticle(articleId, params.get("claim"));
  else closeArticle();
}

// ---- wiring ---------------------------------------------------------------------------

function init() {
  drawLegend();
  for (const id of ["f-status", "f-reason", "f-claimant", "f-outlet"]) {
    $(id).addEventListener("change", () => { shown = PAGE; scheduleRender(true); });
  }
  $("f-text").addEventListener("input", () => { shown = PAGE; scheduleRender(false); });
  $("filters").addEventListener("submit", (event) => event.preventDefault());
  $("f-clear").addEventListener("click", () => {
    $("filters").reset();
    shown = PAGE;
    scheduleRender(true);
  });
  $("feed-more").addEventListener("click", () => { shown += PAGE; scheduleRender(false); });
  wireArticlePanel(() => { history.replaceState(null, "", location.pathname + location.search); closeArticle(); });
  window.addEventListener("hashchange", route);
  let resizeTimer = 0;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => scheduleRender(true), 150);
  });
  route();
  connect();
}

init();
