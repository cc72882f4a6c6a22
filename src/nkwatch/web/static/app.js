/* nkwatch dashboard: draws the charts from the JSON API and lists the sentences
 * behind any clicked point, bar or row.
 *
 * Untrusted text (titles, sentences, epithets) only ever reaches the page as
 * textContent / text nodes; links to sources are kept only when http(s).
 * Each canvas gets data-rendered="true" and data-points once its chart is drawn.
 */
"use strict";
(function () {
  const FORMS = ["title", "name", "role", "epithet"];
  const FORM_COLOURS = { title: "#2b6cb0", name: "#8a94a6", role: "#d69e2e", epithet: "#c53030" };
  const PALETTE = ["#2b6cb0", "#c53030", "#2f855a", "#b7791f", "#6b46c1", "#dd6b20", "#319795",
    "#b83280"];
  const charts = {};
  window.nkwatchCharts = charts;

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined) continue;
      if (key === "text") node.textContent = String(value);
      else if (key === "className") node.className = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);  // strings become text
    }
    return node;
  }

  function safeHref(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
  }

  function formOf(value) {
    return FORMS.includes(value) ? value : "none";
  }

  function query(params) {
    const out = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== null && value !== undefined && value !== "") out.set(key, value);
    }
    return out.toString();
  }

  async function getJSON(path, params) {
    const response = await fetch(path + "?" + query(params), { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  async function getAll(path, params) {
    let offset = 0;
    let items = [];
    for (;;) {
      const page = await getJSON(path, { ...params, limit: 10000, offset });
      items = items.concat(page.items);
      if (!page.has_more) return items;
      offset = page.next_offset;
    }
  }

  /* ---- the evidence panel ------------------------------------------------ */

  const evidence = {
    params: null,
    offset: 0,
    panel: () => document.getElementById("evidence-panel"),

    async show(params, label) {
      const panel = this.panel();
      if (!panel) {
        window.location.href = "/evidence?" + query(params);
        return;
      }
      this.params = params;
      this.offset = 0;
      panel.hidden = false;
      panel.dataset.loaded = "0";
      document.getElementById("evidence-title").textContent = label || "Evidence";
      document.getElementById("evidence-list").replaceChildren();
      document.getElementById("evidence-status").textContent = "Loading…";
      await this.more();
    },

    async more() {
      const list = document.getElementById("evidence-list");
      const status = document.getElementById("evidence-status");
      const button = document.getElementById("evidence-more");
      const params = this.params;
      let page;
      try {
        page = await getJSON("/api/evidence", { ...params, limit: 25, offset: this.offset });
      } catch (error) {
        status.textContent = "Could not load the sentences: " + error.message;
        return;
      }
      if (params !== this.params) return;  // another cell was clicked meanwhile
      for (const row of page.items) list.append(evidenceItem(row));
      this.offset = page.next_offset || 0;
      button.hidden = !page.has_more;
      const n = list.children.length;
      status.textContent = n ? `${n} sentence${n === 1 ? "" : "s"}${page.has_more ? ", more below" : ""}.`
        : "No sentences.";
      status.append(" ", el("a", { href: "/evidence?" + query(params), text: "Open as a page" }));
      this.panel().dataset.loaded = String(n);
    },
  };

  function sentenceNode(sentence, text) {
    const p = el("p", { className: "sentence" });
    sentence = sentence || "";
    const at = text ? sentence.indexOf(text) : -1;
    if (at < 0) {
      p.textContent = sentence;
    } else {
      p.append(sentence.slice(0, at), el("mark", { text }), sentence.slice(at + text.length));
    }
    return p;
  }

  function evidenceItem(row) {
    const form = formOf(row.form);
    const meta = el("div", { className: "meta" }, el("time", { text: row.date }), " · ",
      String(row.outlet), " · ", el("span", { className: "chip f-" + form, text: row.form || "-" }));
    if (row.tone !== null && row.tone !== undefined) meta.append(` · tone ${Number(row.tone).toFixed(2)}`);
    const src = el("div", { className: "src" },
      el("a", { href: `/articles/${Number(row.article_id)}#m${Number(row.mention)}`, text: row.title || "(untitled)" }));
    const href = safeHref(row.url);
    if (href) src.append(" ", el("a", { className: "ext", href, rel: "noopener noreferrer nofollow", text: "source" }));
    return el("li", { className: "ev", dataset: { date: row.date } }, meta, sentenceNode(row.sentence, row.text), src);
  }

  function wireEvidence() {
    document.addEventListener("click", (event) => {
      const link = event.target.closest("a[data-evidence]");
      if (!link || !document.getElementById("evidence-panel")) return;
      event.preventDefault();
      const params = Object.fromEntries(new URLSearchParams(link.dataset.evidence));
      evidence.show(params, link.dataset.label || link.textContent);
    });
    const more = document.getElementById("evidence-more");
    if (more) more.addEventListener("click", () => evidence.more());
  }

  /* ---- charts --------------------------------------------------------------- */

  function draw(name, config, onPick) {
    const canvas = document.querySelector(`canvas[data-chart="${name}"]`);
    if (!canvas || typeof Chart === "undefined") return null;
    config.options = Object.assign({
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: "nearest", intersect: false },
      plugins: { legend: { position: "bottom" } },
      onClick: (evt, _active, chart) => {
        const hits = chart.getElementsAtEventForMode(evt, config.pickMode || "nearest",
          { intersect: config.pickMode === "point" }, false);
        if (hits.length) onPick(hits[0].index, hits[0].datasetIndex);
      },
      onHover: (evt, active) => { evt.native.target.style.cursor = active.length ? "pointer" : "default"; },
    }, config.options || {});
    const chart = new Chart(canvas, config);
    charts[name] = chart;
    const points = config.data.datasets.reduce((n, ds) => n + ds.data.filter((v) => v !== null).length, 0);
    canvas.dataset.points = String(points);
    canvas.dataset.rendered = "true";
    return chart;
  }

  function dataTable(name, head, rows) {
    const slot = document.querySelector(`[data-table="${name}"]`);
    if (!slot) return;
    const thead = el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { text: h }))));
    const tbody = el("tbody");
    for (const cells of rows) {
      tbody.append(el("tr", {}, ...cells.map((cell) => {
        if (cell && typeof cell === "object") {
          // a zero leads to no sentences: shown, not linked
          if (String(cell.text) === "0") return el("td", { className: "n", text: "0" });
          return el("td", { className: "n" }, el("a", {
            href: "/evidence?" + query(cell.params), dataset: { evidence: query(cell.params), label: cell.label },
            text: cell.text,
          }));
        }
        return el("td", { text: cell === null || cell === undefined ? "-" : cell });
      })));
    }
    slot.replaceChildren(el("table", { className: "data" }, thead, tbody));
  }

  function showError(error) {
    const box = document.getElementById("chart-error");
    if (box) { box.hidden = false; box.textContent = "Could not draw the charts: " + error.message; }
  }

  function series(rows) {
    const periods = [...new Set(rows.map((r) => r.period))].sort();
    const outlets = [...new Set(rows.map((r) => r.outlet))].sort();
    const cell = new Map(rows.map((r) => [r.outlet + "|" + r.period, r]));
    return { periods, outlets, at: (outlet, period) => cell.get(outlet + "|" + period) };
  }

  function lineSets(s, value) {
    return s.outlets.map((outlet, i) => ({
      label: outlet,
      data: s.periods.map((p) => { const r = s.at(outlet, p); return r ? value(r) : null; }),
      borderColor: PALETTE[i % PALETTE.length],
      backgroundColor: PALETTE[i % PALETTE.length],
      pointRadius: s.periods.length > 120 ? 0 : 2,
      pointHoverRadius: 5,
      borderWidth: 1.5,
      tension: 0.15,
    }));
  }

  /* Attempts and answers of the outreach ledger that involve this actor, as
     markers on the mentions chart and as a list linking to the attempt and to
     the sentences of the weeks after it. */
  async function outreachMarkers(d, s) {
    const slot = document.querySelector("[data-outreach]");
    const chart = charts.mentions;
    let attempts = [];
    try {
      const response = await fetch("/api/outreach", { headers: { Accept: "application/json" } });
      if (!response.ok) return;
      attempts = await response.json();
    } catch (_error) { return; }
    const mine = attempts.filter((a) => a.initiator === d.actor || a.target === d.actor);
    if (!mine.length) return;
    const width = { day: 10, month: 7, year: 4 }[d.by] || 7;
    const marks = [];
    for (const a of mine) {
      marks.push({ period: a.date.slice(0, width), label: `attempt ${a.id}: ${a.channel}`, id: a.id });
      for (const r of a.responses) marks.push({ period: r.date.slice(0, width), label: `answer to ${a.id}: ${r.kind}`, id: a.id });
    }
    if (chart) {
      const top = Math.max(1, ...chart.data.datasets.flatMap((ds) => ds.data.filter((v) => v !== null)));
      const byPeriod = new Map(marks.map((m) => [m.period, m]));
      chart.data.datasets.push({
        label: "outreach", type: "line", showLine: false, pointStyle: "triangle", pointRadius: 8,
        borderColor: "#000", backgroundColor: "#f5c400",
        data: s.periods.map((p) => (byPeriod.has(p) ? top : null)),
        outreach: s.periods.map((p) => byPeriod.get(p) || null),
      });
      chart.update();
      chart.canvas.dataset.outreach = String(marks.length);
    }
    if (slot) {
      slot.replaceChildren(el("h3", { text: "Outreach (▲ on the mentions chart)" }), el("ul", {}, ...marks.map((m) => el("li", {},
        el("a", { href: `/outreach/${m.id}`, text: `${m.period} · ${m.label}` })))));
      slot.hidden = false;
    }
  }

  async function actorPage(main) {
    const d = main.dataset;
    const base = { actor: d.actor, since: d.since, until: d.until, by: d.by, outlet: d.outlet };
    const [timeline, forms] = await Promise.all([getAll("/api/timeline", base), getAll("/api/forms", base)]);
    const s = series(timeline);
    const pick = (label) => (index, datasetIndex) => {
      const marker = charts.mentions && charts.mentions.data.datasets[datasetIndex];
      if (label === "" && marker && marker.outreach) {
        if (marker.outreach[index]) window.location.href = `/outreach/${marker.outreach[index].id}`;
        return;
      }
      const outlet = s.outlets[datasetIndex];
      const period = s.periods[index];
      evidence.show({ actor: d.actor, outlet, period }, `${outlet} · ${period}${label}`);
    };
    draw("mentions", {
      type: "line",
      data: { labels: s.periods, datasets: lineSets(s, (r) => r.mentions) },
      options: { scales: { y: { beginAtZero: true, title: { display: true, text: "mentions" } } } },
    }, pick(""));
    draw("tone", {
      type: "line",
      data: { labels: s.periods, datasets: lineSets(s, (r) => r.tone) },
      options: { spanGaps: false, scales: { y: { min: -1, max: 1, title: { display: true, text: "mean tone" } } } },
    }, pick(" · tone"));
    await outreachMarkers(d, s);
    dataTable("mentions", ["period", "outlet", "articles", "mentions", "share"], timeline.filter((r) => r.mentions)
      .map((r) => [r.period, r.outlet, r.articles,
        { text: String(r.mentions), label: `${r.outlet} · ${r.period}`, params: { actor: d.actor, outlet: r.outlet, period: r.period } },
        (r.share * 100).toFixed(2) + "%"]));
    dataTable("tone", ["period", "outlet", "tone", "mentions"], timeline.filter((r) => r.tone !== null)
      .map((r) => [r.period, r.outlet, r.tone.toFixed(2),
        { text: String(r.mentions), label: `${r.outlet} · ${r.period} · tone`, params: { actor: d.actor, outlet: r.outlet, period: r.period } }]));

    const byPeriod = new Map();
    for (const r of forms) {
      const sum = byPeriod.get(r.period) || { title: 0, name: 0, role: 0, epithet: 0 };
      for (const f of FORMS) sum[f] += r[f] || 0;
      byPeriod.set(r.period, sum);
    }
    const periods = s.periods.length ? s.periods : [...byPeriod.keys()].sort();
    const outletParam = d.outlet || null;
    draw("forms", {
      type: "bar",
      pickMode: "point",
      data: {
        labels: periods,
        datasets: FORMS.map((f) => ({
          label: f, backgroundColor: FORM_COLOURS[f],
          data: periods.map((p) => (byPeriod.get(p) || {})[f] || 0),
        })),
      },
      options: {
        interaction: { mode: "nearest", intersect: true },
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: "mentions" } } },
      },
    }, (index, datasetIndex) => {
      const form = FORMS[datasetIndex];
      const period = periods[index];
      evidence.show({ actor: d.actor, outlet: outletParam, period, form }, `${period} · ${form}`);
    });
    dataTable("forms", ["period", ...FORMS], periods.filter((p) => byPeriod.has(p)).map((p) => [p,
      ...FORMS.map((f) => ({ text: String(byPeriod.get(p)[f]), label: `${p} · ${f}`,
        params: { actor: d.actor, outlet: outletParam, period: p, form: f } }))]));
  }

  async function comparePage(main) {
    const d = main.dataset;
    const outlets = (d.outlets || "").split(",").filter(Boolean);
    const rows = await getAll("/api/timeline", { actor: d.actor, by: "month" });
    const s = series(rows.filter((r) => !outlets.length || outlets.includes(r.outlet)));
    draw("share", {
      type: "line",
      data: { labels: s.periods, datasets: lineSets(s, (r) => r.share * 100) },
      options: { scales: { y: { beginAtZero: true, title: { display: true, text: "% of articles" } } } },
    }, (index, datasetIndex) => {
      const outlet = s.outlets[datasetIndex];
      const period = s.periods[index];
      evidence.show({ actor: d.actor, outlet, period }, `${outlet} · ${period}`);
    });
    dataTable("share", ["period", "outlet", "articles", "share"], rows.filter((r) => r.articles)
      .map((r) => [r.period, r.outlet,
        { text: String(r.articles), label: `${r.outlet} · ${r.period}`, params: { actor: d.actor, outlet: r.outlet, period: r.period } },
        (r.share * 100).toFixed(2) + "%"]));
  }

  document.addEventListener("DOMContentLoaded", () => {
    wireEvidence();
    const main = document.getElementById("main");
    const page = main && main.dataset.page;
    const run = page === "actor" ? actorPage : page === "compare" ? comparePage : null;
    if (run) run(main).catch(showError);
  });
})();
