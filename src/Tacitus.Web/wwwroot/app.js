// Tacitus web UI: plain JavaScript, no build step. Every text from the server is inserted with textContent, never as HTML.
"use strict";

(function () {
  const $ = (sel) => document.querySelector(sel);
  const SVG = "http://www.w3.org/2000/svg";

  /** Makes an element: h("div", {class: "x"}, "text", child…). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  /** Makes an SVG element with attributes. */
  function s(tag, attrs, ...children) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
    for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return el;
  }

  async function api(path, options) {
    const r = await fetch(path, options);
    const type = r.headers.get("content-type") || "";
    const body = type.includes("json") ? await r.json() : await r.text();
    if (!r.ok) {
      const msg = body && body.detail ? body.detail : (body && body.title) || r.status + " " + r.statusText;
      throw new Error(msg);
    }
    return body;
  }

  // ------------------------------------------------------------------ CAMEO names, health, tabs

  const cameoNames = new Map();
  const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

  function cameoName(code) {
    for (let c = code || ""; c.length >= 2; c = c.slice(0, -1)) if (cameoNames.get(c)) return cameoNames.get(c);
    return "";
  }

  function titleCase(name) {
    return name ? name.toLowerCase().replace(/^\w/, (m) => m.toUpperCase()) : "";
  }

  async function loadCameo() {
    try {
      const codes = await api("api/cameo");
      for (const c of codes) if (c.name) cameoNames.set(c.code, c.name);
      const sel = $("#f-cameo");
      for (const c of codes) if (c.code.length === 2 && c.name) sel.append(h("option", { value: c.code }, c.code + " " + titleCase(c.name)));
    } catch (e) {
      /* names are a nicety */
    }
  }

  async function loadHealth() {
    try {
      const hl = await api("api/health");
      $("#health").textContent = `store: ${hl.documents} documents, ${hl.events} events${hl.read_only ? " (read-only)" : ""}`;
      $("#code-store").disabled = hl.read_only;
    } catch (e) {
      $("#health").textContent = "server unreachable";
    }
  }

  function showTab(name) {
    for (const t of ["code", "browse"]) {
      const on = t === name;
      $("#tab-" + t).classList.toggle("active", on);
      $("#tab-" + t).setAttribute("aria-selected", on ? "true" : "false");
      $("#panel-" + t).classList.toggle("hidden", !on);
    }
    if (name === "browse") browse.refresh();
  }

  // ------------------------------------------------------------------ Code an article

  const code = {
    doc: null,

    async run(ev) {
      ev.preventDefault();
      const text = $("#code-text").value;
      const date = $("#code-date").value;
      const status = $("#code-status");
      status.classList.remove("error");
      if (!text.trim()) return this.fail("Paste the article text first.");
      if (!date) return this.fail("Give the publication date: relative dates such as “on Thursday” resolve against it.");
      status.textContent = "coding…";
      $("#code-run").disabled = true;
      const t0 = performance.now();
      try {
        const body = { text, date, id: "pasted" };
        if ($("#code-title").value.trim()) body.title = $("#code-title").value.trim();
        this.doc = await api("api/code", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
        this.render(this.doc);
        status.textContent = `${this.doc.events.length} events, ${this.doc.actors.length} actors, ${this.doc.places.length} places in ${Math.round(performance.now() - t0)} ms`;
      } catch (e) {
        this.fail(e.message);
      } finally {
        $("#code-run").disabled = false;
      }
    },

    fail(message) {
      const status = $("#code-status");
      status.textContent = message;
      status.classList.add("error");
    },

    async store() {
      const text = $("#code-text").value;
      const date = $("#code-date").value;
      const status = $("#code-status");
      status.classList.remove("error");
      if (!text.trim() || !date) return this.fail("Paste the text and give its date before saving it to the store.");
      try {
        const doc = { text, date, source: "web UI" };
        if ($("#code-title").value.trim()) doc.title = $("#code-title").value.trim();
        const r = await api("api/documents", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(doc) });
        status.textContent = r.stored ? `saved: ${r.event_mentions} event mentions, ${r.new_events} new events` : "already in the store";
        loadHealth();
      } catch (e) {
        this.fail(e.message);
      }
    },

    render(doc) {
      $("#code-result").classList.remove("hidden");
      this.renderText(doc);
      this.renderCards(doc);
      const list = $("#actor-list");
      list.replaceChildren(...doc.actors.map((a) => h("li", { title: (a.roles || []).join(", ") },
        a.name, " ", h("small", {}, [a.country, a.cameo].filter(Boolean).join(" · ")))));
    },

    /** The text cut at every annotation boundary; each piece carries the classes of the layers that cover it. */
    renderText(doc) {
      const text = doc.text;
      const spans = [];
      for (const a of doc.actors) for (const m of a.mentions || []) spans.push({ start: m.start, end: m.end, kind: "actor", title: a.name + (a.country ? " (" + a.country + ")" : "") });
      for (const p of doc.places) spans.push({ start: p.start, end: p.end, kind: "place", title: p.name + (p.country ? ", " + p.country : "") });
      for (const t of doc.times) spans.push({ start: t.start, end: t.end, kind: "time", title: t.type + " " + (t.value || "") });
      doc.events.forEach((e, i) => { if (e.evidence) spans.push({ start: e.evidence.start, end: e.evidence.end, kind: "event", event: i }); });
      const cuts = new Set([0, text.length]);
      for (const sp of spans) { cuts.add(sp.start); cuts.add(sp.end); }
      const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
      const out = [];
      for (let k = 0; k + 1 < points.length; k++) {
        const a = points[k], b = points[k + 1];
        if (a === b) continue;
        const cover = spans.filter((sp) => sp.start <= a && sp.end >= b);
        const piece = text.slice(a, b);
        if (cover.length === 0) { out.push(document.createTextNode(piece)); continue; }
        const kinds = new Set(cover.map((c) => c.kind));
        const el = h("span", { class: [...kinds].map((k2) => "ann ann-" + k2).join(" ") }, piece);
        const titles = cover.filter((c) => c.title).map((c) => c.kind + ": " + c.title);
        const events = cover.filter((c) => c.kind === "event").map((c) => c.event);
        if (events.length) {
          el.dataset.events = events.join(" ");
          titles.push(...events.map((i) => "event: " + this.headline(doc.events[i])));
          el.addEventListener("click", () => this.focus(events[0], true));
        }
        if (titles.length) el.title = titles.join("\n");
        out.push(el);
      }
      $("#doc-text").replaceChildren(...out);
    },

    headline(e) {
      const src = e.source ? e.source.name : "?";
      const tgt = e.target ? e.target.name : "?";
      return `${src} → ${titleCase(cameoName(e.cameo)) || e.cameo} → ${tgt}`;
    },

    renderCards(doc) {
      $("#event-count").textContent = doc.events.length;
      const cards = doc.events.map((e, i) => {
        const place = e.place ? e.place.name + (e.place.country ? ", " + e.place.country : "") : null;
        const card = h("div", { class: "event-card q" + (e.quad_class || 0), id: "ev-" + i, "data-cameo": e.cameo, "data-cameo-root": e.cameo_root, tabindex: "0" },
          h("div", { class: "headline" },
            h("span", { class: "who" }, e.source ? e.source.name : "—"),
            h("span", { class: "arrow" }, "→"),
            h("span", { class: "action" }, titleCase(cameoName(e.cameo)) || "CAMEO " + e.cameo),
            h("span", { class: "arrow" }, "→"),
            h("span", { class: "who" }, e.target ? e.target.name : "—")),
          h("div", { class: "meta" },
            h("span", { class: "date" }, "on " + (e.date || "undated") + (e.date_precision ? " (" + e.date_precision + ")" : "")),
            place ? h("span", { class: "place", title: e.place.span ? "“" + e.place.span.text + "”, characters " + e.place.span.start + "–" + e.place.span.end : "" }, "at " + place + (e.place.attachment ? " (" + e.place.attachment + ")" : "")) : null),
          h("div", { class: "codes" },
            h("span", { class: "badge", title: "CAMEO event code" }, "CAMEO " + e.cameo),
            e.plover ? h("span", { class: "badge", title: "PLOVER event type / mode / context" }, "PLOVER " + [e.plover.type, e.plover.mode, e.plover.context].filter(Boolean).join(" · ")) : null,
            e.goldstein !== null && e.goldstein !== undefined ? h("span", { class: "badge", title: "Goldstein scale" }, "Goldstein " + e.goldstein) : null,
            e.quad_class ? h("span", { class: "badge", title: "quad class" }, "Q" + e.quad_class + " " + QUAD[e.quad_class]) : null,
            e.modality && e.modality !== "asserted" ? h("span", { class: "badge modality" }, e.modality) : null,
            e.fatalities ? h("span", { class: "badge deaths" }, e.fatalities + " killed") : null,
            e.injuries ? h("span", { class: "badge deaths" }, e.injuries + " injured") : null),
          e.evidence ? h("blockquote", {}, "“" + e.evidence.text + "”") : null);
        card.addEventListener("click", () => this.focus(i, false));
        card.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); this.focus(i, false); } });
        return card;
      });
      $("#event-cards").replaceChildren(...cards);
    },

    /** Highlights an event's card and its evidence; scrolls to the one not clicked. */
    focus(i, scrollToCard) {
      document.querySelectorAll(".focus").forEach((el) => el.classList.remove("focus"));
      const card = document.getElementById("ev-" + i);
      if (card) card.classList.add("focus");
      const pieces = [...document.querySelectorAll("#doc-text [data-events]")].filter((el) => el.dataset.events.split(" ").includes(String(i)));
      pieces.forEach((el) => el.classList.add("focus"));
      const target = scrollToCard ? card : pieces[0];
      if (target) target.scrollIntoView({ block: "nearest", behavior: "smooth" });
    },

    loadFile(ev) {
      const f = ev.target.files && ev.target.files[0];
      if (!f) return;
      const m = /(\d{4}-\d{2}-\d{2})/.exec(f.name);
      if (m && !$("#code-date").value) $("#code-date").value = m[1];
      f.text().then((t) => { $("#code-text").value = t; });
    },
  };

  // ------------------------------------------------------------------ Browse the store

  const browse = {
    offset: 0,
    limit: 25,
    total: 0,
    world: null,

    params() {
      const p = new URLSearchParams();
      for (const id of ["actor", "country", "cameo", "from", "to", "text"]) {
        const v = $("#f-" + id).value.trim();
        if (v) p.set(id, v);
      }
      return p;
    },

    async refresh() {
      const summary = $("#events-summary");
      summary.classList.remove("error");
      try {
        await Promise.all([this.loadEvents(), this.loadTimeline(), this.loadNetwork(), this.loadMap(), loadHealth()]);
      } catch (e) {
        summary.textContent = e.message;
        summary.classList.add("error");
      }
    },

    async loadEvents() {
      const p = this.params();
      p.set("limit", this.limit);
      p.set("offset", this.offset);
      const page = await api("api/events?" + p);
      this.total = page.total;
      const rows = page.events.map((e) => {
        const tr = h("tr", { "data-id": e.id },
          h("td", {}, e.date || e.date_text || ""),
          h("td", {}, e.source_name || "", e.source_country ? h("span", { class: "code" }, " " + e.source_country) : null),
          h("td", {}, titleCase(cameoName(e.cameo)) || "", " ", h("span", { class: "code" }, e.cameo + (e.plover_type ? " " + e.plover_type : ""))),
          h("td", {}, e.target_name || "", e.target_country ? h("span", { class: "code" }, " " + e.target_country) : null),
          h("td", {}, e.place_name || ""),
          h("td", { class: "num" }, e.mentions),
          h("td", { class: "num" }, e.sources));
        tr.addEventListener("click", () => this.detail(e.id, tr));
        return tr;
      });
      $("#events-table tbody").replaceChildren(...rows);
      const first = page.total === 0 ? 0 : this.offset + 1;
      const last = this.offset + page.events.length;
      $("#pager-info").textContent = `${first}–${last} of ${page.total}`;
      $("#pager-prev").disabled = this.offset === 0;
      $("#pager-next").disabled = last >= page.total;
      $("#events-summary").textContent = `${page.total} matching event${page.total === 1 ? "" : "s"}`;
      $("#event-detail").classList.add("hidden");
    },

    async detail(id, row) {
      document.querySelectorAll("#events-table tr.selected").forEach((r) => r.classList.remove("selected"));
      row.classList.add("selected");
      let d;
      try {
        d = await api("api/events/" + id);
      } catch (err) {
        $("#events-summary").textContent = err.message;
        $("#events-summary").classList.add("error");
        return;
      }
      const e = d.event;
      const box = $("#event-detail");
      box.replaceChildren(
        h("strong", {}, `${e.source_name || "—"} → ${titleCase(d.cameo_name) || e.cameo} → ${e.target_name || "—"}`),
        h("div", { class: "muted" }, [e.date || e.date_text || "undated", e.place_name, "CAMEO " + e.cameo, e.plover_type && "PLOVER " + e.plover_type,
          `${e.mentions} mention(s) in ${e.articles} article(s)`].filter(Boolean).join(" · ")),
        ...d.evidence.map((ev) => h("div", { class: "evidence" },
          h("span", { class: "code" }, (ev.title || ev.document_id) + (ev.outlet ? " — " + ev.outlet : "") + ": "),
          "…" + (ev.before || ""), h("mark", {}, ev.text), (ev.after || "") + "…",
          h("div", { class: "code" }, "rule: " + ev.rule +
            (ev.source_text ? " · source: “" + ev.source_text + "”" : "") + (ev.target_text ? " · target: “" + ev.target_text + "”" : "") +
            (ev.place_text ? " · place: “" + ev.place_text + "” (" + (ev.place_attachment || "?") + ")" : "")))));
      box.classList.remove("hidden");
    },

    async loadTimeline() {
      const p = this.params();
      let t = await api("api/stats/timeline?by=month&" + p);
      if (t.points.length > 0 && t.points.length <= 2) t = await api("api/stats/timeline?by=day&" + p);
      const el = $("#timeline");
      if (t.points.length === 0) return el.replaceChildren(h("p", { class: "empty" }, "No dated events."));
      const W = 520, H = 200, L = 34, B = 34, T = 10;
      const max = Math.max(...t.points.map((x) => x.events));
      const n = t.points.length;
      const bw = (W - L - 8) / n;
      const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events by " + t.by });
      svg.append(s("line", { x1: L, y1: H - B, x2: W - 4, y2: H - B, stroke: "#b6bcc6" }));
      svg.append(s("text", { x: L - 4, y: T + 8, "text-anchor": "end", class: "axis" }, max));
      svg.append(s("text", { x: L - 4, y: H - B, "text-anchor": "end", class: "axis" }, 0));
      const every = Math.max(1, Math.ceil(n / 8));
      t.points.forEach((pt, i) => {
        const bh = (H - B - T) * pt.events / max;
        const x = L + i * bw;
        const w = Math.max(1, Math.min(40, bw * 0.8));
        const bar = s("rect", { x: x + (bw - w) / 2, y: H - B - bh, width: w, height: bh, class: "bar" },
          s("title", {}, `${pt.period}: ${pt.events} events`));
        bar.addEventListener("click", () => this.zoomTo(pt.period));
        svg.append(bar);
        if (i % every === 0) svg.append(s("text", { x: x + bw / 2, y: H - B + 14, "text-anchor": "middle", class: "axis" }, pt.period));
      });
      if (t.undated) svg.append(s("text", { x: W - 4, y: H - 4, "text-anchor": "end", class: "axis" }, `${t.undated} undated`));
      el.replaceChildren(svg);
    },

    /** Clicking a bar filters to its month or day. */
    zoomTo(period) {
      if (/^\d{4}-\d{2}$/.test(period)) {
        const [y, m] = period.split("-").map(Number);
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        $("#f-from").value = period + "-01";
        $("#f-to").value = period + "-" + String(last).padStart(2, "0");
      } else {
        $("#f-from").value = period;
        $("#f-to").value = period;
      }
      this.offset = 0;
      this.refresh();
    },

    async loadNetwork() {
      const net = await api("api/actors/network?limit=40&" + this.params());
      const el = $("#network");
      if (net.links.length === 0) return el.replaceChildren(h("p", { class: "empty" }, "No source → target pairs."));
      const W = 520, H = 360, cx = W / 2, cy = H / 2, R = Math.min(W, H) / 2 - 70;
      const degree = new Map();
      for (const l of net.links) {
        degree.set(l.source, (degree.get(l.source) || 0) + l.events);
        degree.set(l.target, (degree.get(l.target) || 0) + l.events);
      }
      const names = [...degree.keys()].sort((a, b) => degree.get(b) - degree.get(a) || a.localeCompare(b));
      const pos = new Map(names.map((nm, i) => {
        const a = (2 * Math.PI * i) / names.length - Math.PI / 2;
        return [nm, { x: cx + R * Math.cos(a), y: cy + R * Math.sin(a), a }];
      }));
      const maxLink = Math.max(...net.links.map((l) => l.events));
      const maxDeg = Math.max(...degree.values());
      const radius = (nm) => 3 + 7 * Math.sqrt(degree.get(nm) / maxDeg);
      const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
      svg.append(s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, markerUnits: "userSpaceOnUse", orient: "auto" },
        s("path", { d: "M0,0 L10,5 L0,10 z", fill: "#8d99ab" }))));
      for (const l of net.links) {
        const a = pos.get(l.source), b = pos.get(l.target);
        if (l.source === l.target) continue;
        const mx = (a.x + b.x) / 2 + (cy - (a.y + b.y) / 2) * 0.15, my = (a.y + b.y) / 2 + ((a.x + b.x) / 2 - cx) * 0.15;
        const dx = b.x - mx, dy = b.y - my, len = Math.hypot(dx, dy) || 1, back = radius(l.target) + 2;
        const ex = b.x - (dx / len) * back, ey = b.y - (dy / len) * back;
        svg.append(s("path", { d: `M${a.x},${a.y} Q${mx},${my} ${ex.toFixed(1)},${ey.toFixed(1)}`, class: "link", "stroke-width": 1 + 3 * l.events / maxLink, "marker-end": "url(#arrow)" },
          s("title", {}, `${l.source} → ${l.target}: ${l.events} events`)));
      }
      for (const nm of names) {
        const p = pos.get(nm);
        const r = radius(nm);
        svg.append(s("circle", { cx: p.x, cy: p.y, r, class: "node" }, s("title", {}, `${nm}: ${degree.get(nm)} events`)));
        const right = Math.cos(p.a) >= 0;
        const label = s("text", { x: p.x + (right ? r + 3 : -r - 3), y: p.y + 3, "text-anchor": right ? "start" : "end", class: "node-label" }, nm.length > 24 ? nm.slice(0, 23) + "…" : nm);
        label.addEventListener("click", () => { $("#f-actor").value = nm; this.offset = 0; this.refresh(); });
        svg.append(label);
      }
      el.replaceChildren(svg);
    },

    async loadWorld() {
      if (this.world) return this.world;
      const topo = await api("vendor/world-atlas/countries-110m.json");
      this.world = window.topojson ? window.topojson.feature(topo, topo.objects.countries).features : [];
      return this.world;
    },

    async loadMap() {
      const [world, places] = await Promise.all([this.loadWorld(), api("api/places?" + this.params())]);
      const W = 960, H = 440, top = 84, bottom = -58;
      const px = (lon) => ((lon + 180) / 360) * W;
      const py = (lat) => ((top - Math.max(bottom, Math.min(top, lat))) / (top - bottom)) * H;
      const ring = (coords) => {
        let d = "", prev = null;
        for (const [lon, lat] of coords) {
          const cmd = prev === null || Math.abs(lon - prev) > 180 ? "M" : "L";
          d += cmd + px(lon).toFixed(1) + "," + py(lat).toFixed(1);
          prev = lon;
        }
        return d + "Z";
      };
      const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of event locations" });
      for (const f of world) {
        const g = f.geometry;
        if (!g) continue;
        const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
        const d = polys.map((poly) => poly.map(ring).join("")).join("");
        svg.append(s("path", { d, class: "country" }, s("title", {}, (f.properties && f.properties.name) || "")));
      }
      const max = Math.max(1, ...places.places.map((p) => p.events));
      for (const p of places.places) {
        const dot = s("circle", { cx: px(p.longitude).toFixed(1), cy: py(p.latitude).toFixed(1), r: (3 + 11 * Math.sqrt(p.events / max)).toFixed(1), class: "dot" },
          s("title", {}, `${p.name || "?"}${p.country ? ", " + p.country : ""}: ${p.events} events`));
        svg.append(dot);
      }
      $("#map").replaceChildren(svg);
    },
  };

  // ------------------------------------------------------------------ wiring

  document.addEventListener("DOMContentLoaded", () => {
    $("#tab-code").addEventListener("click", () => showTab("code"));
    $("#tab-browse").addEventListener("click", () => showTab("browse"));
    $("#code-form").addEventListener("submit", (e) => code.run(e));
    $("#code-store").addEventListener("click", () => code.store());
    $("#code-file").addEventListener("change", (e) => code.loadFile(e));
    $("#filters").addEventListener("submit", (e) => { e.preventDefault(); browse.offset = 0; browse.refresh(); });
    $("#filters").addEventListener("reset", () => setTimeout(() => { browse.offset = 0; browse.refresh(); }, 0));
    $("#pager-prev").addEventListener("click", () => { browse.offset = Math.max(0, browse.offset - browse.limit); browse.loadEvents(); });
    $("#pager-next").addEventListener("click", () => { browse.offset += browse.limit; browse.loadEvents(); });
    $("#page-size").addEventListener("change", (e) => { browse.limit = Number(e.target.value); browse.offset = 0; browse.loadEvents(); });
    $("#code-date").value = new Date().toISOString().slice(0, 10);
    loadCameo();
    loadHealth();
    if (location.hash === "#browse") showTab("browse");
  });
})();
