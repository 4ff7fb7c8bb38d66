// Element builders. Text from the stream only ever goes in as text nodes or plain
// attribute values (never innerHTML), so markup in an article stays characters.

const SVG_NS = "http://www.w3.org/2000/svg";

function fill(node, props, children) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.setAttribute("class", value);
    else if (key === "text") node.textContent = String(value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function el(tag, props, ...children) {
  return fill(document.createElement(tag), props, children);
}

export function svg(tag, props, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), props, children);
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// Links from the stream are shown only if they are web links.
export function safeHref(url) {
  if (typeof url !== "string") return null;
  const trimmed = url.trim();
  return /^https?:\/\//i.test(trimmed) ? trimmed : null;
}

export const STATUS_LABELS = {
  unverified: "Unverified",
  disputed: "Disputed",
  unattributed: "Unattributed",
  corroborated: "Corroborated",
  asserted: "Asserted",
};

export const REASON_LABELS = {
  not_verified: "not verified",
  conditional: "conditional",
  hedge: "hedged",
  anonymous_source: "anonymous source",
  self_interested_source: "self-interested source",
  disputed: "disputed",
  single_source: "single source",
  unattributed: "unattributed",
  corroborated: "corroborated",
};

export function reasonLabel(code) {
  return REASON_LABELS[code] || String(code).replaceAll("_", " ");
}

const number = new Intl.NumberFormat();
export function fmtNumber(n) {
  return number.format(n);
}

export function fmtTime(ms) {
  const date = new Date(ms);
  const today = new Date();
  const sameDay = date.toDateString() === today.toDateString();
  const time = date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  return sameDay ? time : `${date.toLocaleDateString([], { month: "short", day: "numeric" })} ${time}`;
}

export function fmtClock(ms) {
  return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

// Renders pre-cut text pieces: each piece with marks becomes one span whose classes
// name every mark covering it, so overlapping highlights compose in CSS.
export function renderSegments(segments, focusRef) {
  const frag = document.createDocumentFragment();
  for (const piece of segments) {
    if (!piece.marks.length) {
      frag.append(document.createTextNode(piece.text));
      continue;
    }
    const kinds = [...new Set(piece.marks.map((m) => m.kind))];
    const refs = [...new Set(piece.marks.map((m) => m.ref).filter(Boolean))];
    const labels = [...new Set(piece.marks.map((m) => m.label).filter(Boolean))];
    const classes = ["m", ...kinds.map((k) => `m-${k}`)];
    if (focusRef && refs.includes(focusRef)) classes.push("m-focus");
    frag.append(el("span", {
      class: classes.join(" "),
      title: labels.join(" · ") || null,
      dataset: refs.length ? { refs: refs.join(" ") } : null,
      text: piece.text,
    }));
  }
  return frag;
}
