// The article view: a side panel with the full body and every claim and cue highlighted.
// The server sends the body already cut into pieces with their marks; this only renders.

import { STATUS_LABELS, clear, el, reasonLabel, renderSegments, safeHref } from "./dom.js";

const panel = () => document.getElementById("article");
let current = null; // the request in flight, so a late answer cannot replace a newer one

export function closeArticle() {
  panel().hidden = true;
  document.body.classList.remove("drawer-open");
  current = null;
}

export async function openArticle(articleId, focusClaimId) {
  const root = panel();
  root.hidden = false;
  document.body.classList.add("drawer-open");
  const body = document.getElementById("article-body");
  clear(body).append(el("p", { class: "muted", text: "Loading article…" }));
  clear(document.getElementById("article-claims"));
  setText("article-title", "");
  setText("article-outlet", "");
  setText("article-meta", "");
  note("");
  const token = {};
  current = token;
  let view;
  try {
    const response = await fetch(`/api/articles/${encodeURIComponent(articleId)}`, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    });
    if (current !== token) return;
    if (response.status === 404) {
      clear(body);
      note("This article is not held by the dashboard (not read yet, or evicted).");
      return;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    view = await response.json();
  } catch (error) {
    if (current !== token) return;
    clear(body);
    note(`Could not load the article: ${error.message}`);
    return;
  }
  if (current !== token) return;
  render(view, focusClaimId);
}

function setText(id, text) {
  document.getElementById(id).textContent = text || "";
}

function note(text) {
  const node = document.getElementById("article-note");
  node.textContent = text;
  node.hidden = !text;
}

function render(view, focusClaimId) {
  const meta = view.meta || {};
  setText("article-title", meta.title || view.article_id);
  setText("article-outlet", meta.outlet || "");
  const metaLine = document.getElementById("article-meta");
  clear(metaLine);
  const bits = [];
  if (meta.published_at) bits.push(new Date(meta.published_at).toLocaleString());
  if (meta.authors && meta.authors.length) bits.push(meta.authors.join(", "));
  bits.push(`${view.claims.length} claim${view.claims.length === 1 ? "" : "s"}`);
  metaLine.append(bits.join(" · "));
  const href = safeHref(meta.url);
  if (href) {
    metaLine.append(" · ", el("a", { href, target: "_blank", rel: "noopener noreferrer", text: "Original ↗" }));
  }

  const body = clear(document.getElementById("article-body"));
  if (!view.available) {
    note("The article body is not held (not read yet, or evicted); its claims are listed below.");
  } else {
    body.append(renderSegments(view.segments, focusClaimId));
  }

  const list = clear(document.getElementById("article-claims"));
  for (const claim of view.claims) {
    const item = el(
      "li",
      { class: `article-claim${claim.claim_id === focusClaimId ? " is-focus" : ""}`, dataset: { claimId: claim.claim_id } },
      el("span", { class: `badge status-${claim.status}`, text: STATUS_LABELS[claim.status] || claim.status }),
      " ",
      el("span", { class: "article-claim-text", text: claim.text }),
      claim.claimant ? el("span", { class: "muted", text: ` — ${claim.claimant}${claim.denied ? " (denies)" : ""}` }) : null,
      claim.reasons.length
        ? el("div", { class: "article-claim-reasons" },
            claim.reasons.map((r) => el("span", { class: "chip" }, `${reasonLabel(r.code)}: `, el("mark", { class: "cue", text: r.cue }))))
        : null,
    );
    item.addEventListener("mouseenter", () => spotlight(claim.claim_id, true));
    item.addEventListener("mouseleave", () => spotlight(claim.claim_id, false));
    item.addEventListener("click", () => scrollToClaim(claim.claim_id));
    list.append(item);
  }
  if (focusClaimId) scrollToClaim(focusClaimId);
}

function marksFor(claimId) {
  return [...document.querySelectorAll("#article-body [data-refs]")].filter((node) =>
    node.dataset.refs.split(" ").includes(claimId),
  );
}

function spotlight(claimId, on) {
  for (const node of marksFor(claimId)) node.classList.toggle("m-hover", on);
}

function scrollToClaim(claimId) {
  const first = marksFor(claimId)[0];
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

export function wireArticlePanel(onClose) {
  for (const node of document.querySelectorAll("#article [data-close]")) {
    node.addEventListener("click", onClose);
  }
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !panel().hidden) onClose();
  });
}
