// frontwire dashboard. Everything comes from this server's /api and /static: no network beyond it.
// Text from the database is always inserted with textContent (never innerHTML), so an article or a
// name containing markup is shown, not run.
"use strict";

const PAGE = 500;
const state = { cursor: null, items: [], selected: null };
const $ = (sel) => document.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return node;
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({ error: `HTTP ${r.status}` }));
  if (!r.ok) throw new Error(body.error || `HTTP ${r.status}`);
  return body;
}

// --- filters ----------------------------------------------------------------------------------------

function filterParams() {
  const form = $("#filters");
  const p = new URLSearchParams();
  for (const name of ["since", "until", "country", "actor", "category", "contested", "q"]) {
    const v = form.elements[name].value.trim();
    if (v) p.set(name, v);
  }
  if (form.elements.inview.checked && map) {
    const b = map.getBounds();
    const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
    p.set("bbox", [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
      clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map((x) => x.toFixed(4)).join(","));
  }
  return p;
}

function view() { return $("#filters").elements.view.value; }

function showError(message) { $("#error").textContent = message || ""; }

// --- map ------------------------------------------------------------------------------------------------

let map = null;
let cluster = null;

async function initMap() {
  map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, attributionControl: true }).setView([30, 30], 2);
  map.attributionControl.setPrefix("Leaflet · Natural Earth via world-atlas");
  try {
    const topo = await getJSON("/static/vendor/world-atlas/countries-110m.json");
    const land = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(land, { style: { color: "#8a9ba8", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false }).addTo(map);
  } catch (e) {
    showError(`world outline not loaded: ${e.message}`);
  }
  cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  map.addLayer(cluster);
}

function radius(killed) { return 5 + 2.5 * Math.sqrt(killed || 0); }

function drawMap(items) {
  cluster.clearLayers();
  const markers = [];
  for (const it of items) {
    if (it.lat == null || it.lon == null) continue;
    const color = it.contested ? "#c0392b" : "#2471a3";
    const m = L.circleMarker([it.lat, it.lon], { radius: radius(it.killed), color, weight: 1,
      fillColor: color, fillOpacity: 0.6 });
    m.bindTooltip(`${it.date || it.date_start || "undated"} · ${it.category} · ${it.place || ""}` +
      (it.killed != null ? ` · ${it.killed} killed` : "") + (it.sources ? ` · ${it.sources} reports` : ""));
    m.on("click", () => openItem(it.id));
    markers.push(m);
  }
  cluster.addLayers(markers);
}

// --- timeline (plain SVG) -------------------------------------------------------------------------------

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs = {}) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
}

function drawTimeline(days) {
  const root = $("#timeline");
  root.replaceChildren();
  const W = root.clientWidth || 500, H = root.clientHeight || 220, pad = { l: 30, r: 30, t: 10, b: 22 };
  if (!days.length) {
    const t = svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" });
    t.textContent = "no dated events";
    root.append(t);
    return;
  }
  const t0 = Date.parse(days[0].date), t1 = Date.parse(days[days.length - 1].date);
  const span = Math.max(t1 - t0, 86400000);
  const x = (d) => pad.l + ((Date.parse(d) - t0) / span) * (W - pad.l - pad.r);
  const maxE = Math.max(...days.map((d) => d.events), 1), maxK = Math.max(...days.map((d) => d.killed), 1);
  const yE = (v) => H - pad.b - (v / maxE) * (H - pad.t - pad.b);
  const yK = (v) => H - pad.b - (v / maxK) * (H - pad.t - pad.b);
  const bw = Math.max(2, Math.min(12, (W - pad.l - pad.r) / Math.max(days.length * 1.5, 1)));
  for (const d of days) {
    const bar = svg("rect", { class: "bar", x: x(d.date) - bw / 2, y: yE(d.events), width: bw,
      height: H - pad.b - yE(d.events) });
    const sides = Object.entries(d.sides).map(([s, v]) => `${s}: ${v.events} events, ${v.killed} killed`);
    const title = svg("title");
    title.textContent = `${d.date}: ${d.events} events, ${d.killed} killed\n${sides.join("\n")}`;
    bar.append(title);
    bar.addEventListener("click", () => {
      const f = $("#filters");
      f.elements.since.value = d.date; f.elements.until.value = d.date;
      refresh();
    });
    root.append(bar);
  }
  const pts = days.map((d) => `${x(d.date)},${yK(d.killed)}`).join(" ");
  root.append(svg("polyline", { class: "killed", points: pts }));
  for (const d of days) if (d.killed) root.append(svg("circle", { class: "killed-dot", cx: x(d.date), cy: yK(d.killed), r: 2.5 }));
  const label = (txt, ax, ay, anchor = "start") => {
    const t = svg("text", { x: ax, y: ay, "text-anchor": anchor }); t.textContent = txt; root.append(t);
  };
  label(days[0].date, pad.l, H - 6);
  label(days[days.length - 1].date, W - pad.r, H - 6, "end");
  label(`${maxE} ev`, 2, pad.t + 8);
  label(`${maxK} killed`, W - 2, pad.t + 8, "end");
}

// --- table --------------------------------------------------------------------------------------------

function killedText(it) {
  if (it.killed == null) return "";
  return it.killed_low != null && it.killed_high != null && it.killed_low !== it.killed_high
    ? `${it.killed} (${it.killed_low}–${it.killed_high})` : `${it.killed}`;
}

function row(it) {
  const tag = it.contested ? el("span", { class: "tag contested" }, "contested")
    : el("span", { class: "tag uncontested" }, "uncontested");
  const tr = el("tr", { dataset: { id: it.id, country: it.country || "", actorCountry: it.actor_country || "",
    targetCountry: it.target_country || "" } },
  el("td", {}, it.date || it.date_start || "undated"), el("td", {}, it.category), el("td", {}, it.actor || ""),
  el("td", {}, it.target || ""), el("td", {}, [it.place, it.country].filter(Boolean).join(", ")),
  el("td", {}, killedText(it)), el("td", {}, it.wounded ?? ""), el("td", {}, tag),
  el("td", { title: it.title || "" }, it.sources != null ? `${it.sources} (${it.independent_sources} independent)`
    : it.outlet || (it.title || "").slice(0, 60)));
  tr.addEventListener("click", () => openItem(it.id));
  return tr;
}

async function loadEvents(append) {
  const p = filterParams();
  p.set("limit", PAGE);
  if (append && state.cursor) p.set("cursor", state.cursor);
  const page = await getJSON(`/api/${view()}?${p}`);
  state.items = append ? state.items.concat(page.items) : page.items;
  state.cursor = page.next_cursor;
  const body = $("#events tbody");
  if (!append) body.replaceChildren();
  body.append(...page.items.map(row));
  $("#more").hidden = !state.cursor;
  $("#count").textContent = `(${state.items.length}${state.cursor ? "+" : ""})`;
  drawMap(state.items);
}

async function refresh() {
  showError("");
  try {
    const p = filterParams();
    $("#table-title").textContent = view() === "incidents" ? "Incidents" : "Events";
    await loadEvents(false);
    const tl = await getJSON(`/api/stats/timeline?${p}`);
    drawTimeline(tl.days);
    document.body.dataset.ready = "1";
  } catch (e) {
    showError(e.message);
  }
}

// --- detail panel -----------------------------------------------------------------------------------

function claimItem(c) {
  const who = [c.by || "unnamed source", c.role, c.country].filter(Boolean).join(", ");
  return el("li", {}, el("strong", {}, who), c.quote ? ` “${c.quote}”` : "");
}

function openItem(id) { return view() === "incidents" ? openIncident(id) : openEvent(id); }

function segmentsTo(node, segments) {
  node.replaceChildren(...segments.map((s) => (s.kinds.length
    ? el("mark", { class: s.kinds.map((k) => "fw-" + k).join(" "), title: s.kinds.join(", ") }, s.text)
    : document.createTextNode(s.text))));
  return node;
}

function select(id) {
  document.querySelectorAll("#events tr.selected").forEach((tr) => tr.classList.remove("selected"));
  document.querySelector(`#events tr[data-id="${CSS.escape(id)}"]`)?.classList.add("selected");
}

async function openIncident(id) {
  showError("");
  let d;
  try { d = await getJSON(`/api/incidents/${encodeURIComponent(id)}`); } catch (e) { showError(e.message); return; }
  select(id);
  const place = d.place ? [d.place.name, d.place.country].filter(Boolean).join(", ") : "place not stated";
  const dates = d.date_start === d.date_end ? d.date_start : `${d.date_start} – ${d.date_end}`;
  $("#d-title").textContent = `${d.category}: ${place}`;
  $("#d-meta").textContent = `${dates || "date not stated"} · ${d.sources.length} reports ` +
    `(${d.independent_sources} independent) · killed best ${d.killed.best ?? "not stated"}` +
    (d.killed.low != null ? ` (low ${d.killed.low}, high ${d.killed.high})` : "") + (d.contested ? " · contested" : "");
  const outlets = Object.fromEntries(d.sources.map((s) => [s.id, s.outlet || s.agency || s.title]));
  $("#d-sources tbody").replaceChildren(...d.figures.map((f) =>
    el("tr", { class: f.superseded ? "superseded" : "" }, el("td", {}, f.outlet || outlets[f.article_id] || ""),
      el("td", {}, f.claimant || "the outlet"), el("td", {}, f.killed ?? "not stated"),
      el("td", {}, f.wounded ?? "not stated"))));
  $("#d-asserts").replaceChildren(...(d.sides.asserts.length ? d.sides.asserts.map(claimItem) : [el("li", {}, "none")]));
  $("#d-denies").replaceChildren(...(d.sides.denies.length ? d.sides.denies.map(claimItem) : [el("li", {}, "none")]));
  $("#d-body").replaceChildren(...d.articles.map((a) => el("section", { class: "report" },
    el("h4", {}, `${a.outlet || a.agency || ""} ${a.published || ""}: ${a.title || ""}`),
    segmentsTo(el("article", {}), a.segments))));
  $("#detail").hidden = false;
  $("#detail").dataset.id = id;
  $("#d-body mark.fw-evidence")?.scrollIntoView({ block: "center" });
}

async function openEvent(id) {
  showError("");
  let d;
  try { d = await getJSON(`/api/events/${encodeURIComponent(id)}`); } catch (e) { showError(e.message); return; }
  const ev = d.event, a = d.article;
  select(id);
  $("#d-title").textContent = a.title || "(untitled article)";
  const where = ev.where ? [ev.where.name, ev.where.country].filter(Boolean).join(", ") : "place not stated";
  const when = ev.when?.date ? ev.when.date : "date not stated";
  $("#d-meta").textContent = `${ev.category}${ev.mode ? " (" + ev.mode + ")" : ""} · ${when} · ${where} · ` +
    `${a.outlet || a.agency || "unknown outlet"}${d.contested ? " · contested" : ""}`;
  $("#d-sources tbody").replaceChildren(...d.sources.map((s) =>
    el("tr", { class: s.superseded ? "superseded" : "" }, el("td", {}, s.outlet || s.title || ""),
      el("td", {}, s.claimant || "the outlet"),
      el("td", {}, s.killed ?? "not stated"), el("td", {}, s.wounded ?? "not stated"))));
  $("#d-asserts").replaceChildren(...(d.sides.asserts.length ? d.sides.asserts.map(claimItem) : [el("li", {}, "none")]));
  $("#d-denies").replaceChildren(...(d.sides.denies.length ? d.sides.denies.map(claimItem) : [el("li", {}, "none")]));
  $("#d-body").replaceChildren(segmentsTo(el("article", {}), a.segments));
  $("#detail").hidden = false;
  $("#detail").dataset.id = id;
  $("#d-body mark.fw-evidence")?.scrollIntoView({ block: "center" });
}

// --- start ----------------------------------------------------------------------------------------------

async function start() {
  $("#filters").addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  $("#filters").addEventListener("reset", () => setTimeout(refresh, 0));
  $("#filters").elements.view.addEventListener("change", () => { $("#detail").hidden = true; refresh(); });
  $("#more").addEventListener("click", () => loadEvents(true).catch((e) => showError(e.message)));
  $("#close").addEventListener("click", () => { $("#detail").hidden = true; });
  await initMap();
  try {
    const s = await getJSON("/api/stats/summary");
    $("#summary").textContent = `${s.articles} articles · ${s.events} events · ${s.contested_events} contested · ` +
      `${s.killed} killed stated`;
    const sel = $("#filters").elements.category;
    for (const c of Object.keys(s.events_by_category).sort()) sel.append(el("option", { value: c }, c));
  } catch (e) {
    showError(e.message);
  }
  await refresh();
}

start();
