// expoplan floor map: pan and zoom, search, and a card per booth.
// Booth data comes from the JSON block; every text goes into the page with textContent.
(function () {
  "use strict";
  var booths = JSON.parse(document.getElementById("booth-data").textContent);
  var svg = document.getElementById("floor");
  var input = document.getElementById("search");
  var found = document.getElementById("search-count");
  var card = document.getElementById("card");

  var groups = {};
  svg.querySelectorAll("g.booth").forEach(function (g) {
    groups[g.getAttribute("data-i")] = g;
  });

  // Pan and zoom by changing the viewBox.
  var home = svg.viewBox.baseVal;
  var view = { x: home.x, y: home.y, w: home.width, h: home.height };
  var start = { x: view.x, y: view.y, w: view.w, h: view.h };
  function apply() {
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" "));
  }
  function toFloor(clientX, clientY) {
    var ctm = svg.getScreenCTM();
    if (!ctm) { return { x: view.x, y: view.y }; }
    var p = svg.createSVGPoint();
    p.x = clientX;
    p.y = clientY;
    return p.matrixTransform(ctm.inverse());
  }
  function zoomAt(clientX, clientY, factor) {
    var f = Math.min(Math.max(factor, 0.2), 5);
    var w = view.w * f;
    if (w < start.w / 200 || w > start.w * 4) { return; }
    var p = toFloor(clientX, clientY);
    view.x = p.x - (p.x - view.x) * f;
    view.y = p.y - (p.y - view.y) * f;
    view.w = w;
    view.h *= f;
    apply();
  }
  svg.addEventListener("wheel", function (e) {
    e.preventDefault();
    var unit = e.deltaMode === 1 ? 30 : 1;
    zoomAt(e.clientX, e.clientY, Math.exp(e.deltaY * unit * 0.0015));
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (e) {
    drag = { x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener("pointermove", function (e) {
    if (!drag) { return; }
    var ctm = svg.getScreenCTM();
    var scale = ctm ? ctm.a : 1;
    var dx = e.clientX - drag.x;
    var dy = e.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) { drag.moved = true; }
    view.x = drag.vx - dx / scale;
    view.y = drag.vy - dy / scale;
    apply();
  });
  function endDrag() { drag = null; svg.classList.remove("dragging"); }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);
  document.getElementById("zoom-in").addEventListener("click", function () {
    var r = svg.getBoundingClientRect();
    zoomAt(r.left + r.width / 2, r.top + r.height / 2, 1 / 1.5);
  });
  document.getElementById("zoom-out").addEventListener("click", function () {
    var r = svg.getBoundingClientRect();
    zoomAt(r.left + r.width / 2, r.top + r.height / 2, 1.5);
  });
  document.getElementById("zoom-reset").addEventListener("click", function () {
    view = { x: start.x, y: start.y, w: start.w, h: start.h };
    apply();
  });

  // The card shown while the pointer is over a booth.
  function row(label, value) {
    var tr = document.createElement("tr");
    var th = document.createElement("th");
    var td = document.createElement("td");
    th.textContent = label;
    td.textContent = value;
    tr.appendChild(th);
    tr.appendChild(td);
    return tr;
  }
  function showCard(booth, clientX, clientY) {
    card.replaceChildren();
    var title = document.createElement("div");
    title.className = "card-title";
    title.textContent = booth.number;
    var table = document.createElement("table");
    table.appendChild(row("Exhibitor", booth.exhibitor || "(none)"));
    table.appendChild(row("Sector", booth.sector));
    table.appendChild(row("Size", booth.size));
    table.appendChild(row("Area", booth.area));
    table.appendChild(row("Type", booth.type));
    table.appendChild(row("Status", booth.status));
    card.appendChild(title);
    card.appendChild(table);
    card.hidden = false;
    var x = Math.min(clientX + 16, window.innerWidth - card.offsetWidth - 8);
    var y = Math.min(clientY + 16, window.innerHeight - card.offsetHeight - 8);
    card.style.left = Math.max(x, 8) + "px";
    card.style.top = Math.max(y, 8) + "px";
  }
  svg.addEventListener("mousemove", function (e) {
    var g = e.target.closest ? e.target.closest("g.booth") : null;
    if (drag || !g) { card.hidden = true; return; }
    var booth = booths[Number(g.getAttribute("data-i"))];
    if (booth) { showCard(booth, e.clientX, e.clientY); }
  });
  svg.addEventListener("mouseleave", function () { card.hidden = true; });

  // Search by exhibitor name or booth number.
  function search(query) {
    var q = query.trim().toLowerCase();
    var hits = [];
    booths.forEach(function (b, i) {
      var g = groups[String(i)];
      var hit = q !== "" && (b.number.toLowerCase().indexOf(q) >= 0 ||
        b.exhibitor.toLowerCase().indexOf(q) >= 0);
      if (g) { g.classList.toggle("hit", hit); }
      if (hit) { hits.push(b); }
    });
    svg.classList.toggle("searching", hits.length > 0);
    found.setAttribute("data-found", String(hits.length));
    if (q === "") {
      found.textContent = "";
    } else {
      found.textContent = hits.length + (hits.length === 1 ? " booth found" : " booths found");
    }
    if (hits.length > 0 && hits.length <= 20) { focusOn(hits); }
    return hits.length;
  }
  function focusOn(hits) {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    hits.forEach(function (b) {
      x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y);
      x1 = Math.max(x1, b.x + b.w); y1 = Math.max(y1, b.y + b.h);
    });
    var pad = Math.max(x1 - x0, y1 - y0, start.w / 20);
    var w = Math.min((x1 - x0) + 2 * pad, start.w);
    var h = w * start.h / start.w;
    view = { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w: w, h: h };
    apply();
  }
  input.addEventListener("input", function () { search(input.value); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { input.value = ""; search(""); }
  });

  // "#search=…" in the address runs a search on load (and links can share one).
  function fromHash() {
    var m = /^#search=(.*)$/.exec(window.location.hash);
    if (!m) { return; }
    var q;
    try { q = decodeURIComponent(m[1]); } catch (err) { q = m[1]; }
    input.value = q;
    input.setAttribute("value", q);
    search(q);
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();

  document.getElementById("booth-count").textContent = String(booths.length);
  document.body.setAttribute("data-ready", "1");
  // Nothing in the data can run: this stays unset unless injected markup ran a script.
  if (window.__pwned) { document.body.setAttribute("data-pwned", "1"); }
})();
