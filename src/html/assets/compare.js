// io-pain-modalities compare page: builds the side-by-side table from
// window.IO_PAIN_COMPARE (assets/compare-data.js) and keeps the choice in
// the address (?ids=a,b). Everything shown is set with textContent.
"use strict";

(function () {
  var data = window.IO_PAIN_COMPARE;
  var form = document.getElementById("compare-form");
  if (!data || !form) { return; }
  var picks = Array.prototype.slice.call(form.querySelectorAll("select[data-pick]"));
  var wrap = document.getElementById("compare-wrap");
  var table = document.getElementById("compare-table");
  var status = document.getElementById("compare-status");

  var text = function (tag, words, cls) {
    var el = document.createElement(tag);
    if (cls) { el.className = cls; }
    el.textContent = words;
    return el;
  };
  var list = function (items) {
    if (!items.length) { return text("span", "none recorded", "none"); }
    var ul = document.createElement("ul");
    ul.className = "plain";
    items.forEach(function (i) { ul.appendChild(text("li", i)); });
    return ul;
  };
  var ROWS = [
    ["Category", function (e) { return text("span", e.category); }],
    ["How it works", function (e) { return text("span", e.how_it_works); }],
    ["Route and imaging", function (e) {
      return text("span", e.route + (e.imaging.length ? "; imaging: " + e.imaging.join(", ") : ""));
    }],
    ["Indications (jurisdiction, kind of use, guideline grade)", function (e) {
      return list(e.indications.map(function (i) {
        return i.condition + " (" + i.jurisdiction + ", " + i.use_kind.toLowerCase() +
          (i.grade ? "; grade " + i.grade : "") + ")";
      }));
    }],
    ["Strongest evidence", function (e) {
      var s = e.strongest_evidence;
      if (!s) { return text("span", "no study of patients among the key evidence", "none"); }
      return text("span", s.rank + ": " + s.name +
        (s.participants ? " (" + s.participants + " patients analysed)" : ""));
    }],
    ["Opioid use", function (e) { return e.opioid_finding ? text("span", e.opioid_finding) : text("span", "not recorded", "none"); }],
    ["Regulatory standing", function (e) { return list(e.regulatory); }],
    ["Main precautions", function (e) { return list(e.precautions); }]
  ];

  var chosen = function () {
    var ids = [];
    picks.forEach(function (s) {
      if (s.value && ids.indexOf(s.value) < 0) { ids.push(s.value); }
    });
    return ids;
  };

  var draw = function () {
    var ids = chosen();
    var head = table.tHead.rows[0];
    while (head.cells.length > 1) { head.deleteCell(1); }
    var body = table.tBodies[0];
    while (body.firstChild) { body.removeChild(body.firstChild); }
    if (ids.length < 2) {
      wrap.hidden = true;
      status.textContent = "Pick at least two modalities.";
      return;
    }
    ids.forEach(function (id) {
      var e = data.entries[id];
      var th = document.createElement("th");
      th.scope = "col";
      var a = text("a", e.name);
      a.href = e.href;
      th.appendChild(a);
      head.appendChild(th);
    });
    ROWS.forEach(function (row) {
      var tr = document.createElement("tr");
      tr.appendChild(text("th", row[0])).scope = "row";
      ids.forEach(function (id) {
        var td = document.createElement("td");
        td.appendChild(row[1](data.entries[id]));
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    wrap.hidden = false;
    status.textContent = "Comparing " + ids.map(function (id) { return data.entries[id].name; }).join(", ") + ".";
  };

  var remember = function () {
    var ids = chosen();
    var qs = ids.length ? "?ids=" + ids.map(encodeURIComponent).join(",") : "";
    try {
      window.history.replaceState(null, "", window.location.pathname + qs);
    } catch (e) {
      // Some browsers refuse to rewrite a file:// address; the page still works.
    }
  };

  var asked = (new URLSearchParams(window.location.search).get("ids") || "")
    .split(",").filter(function (id) { return data.entries[id]; }).slice(0, picks.length);
  asked.forEach(function (id, i) { picks[i].value = id; });
  picks.forEach(function (s) { s.addEventListener("change", function () { remember(); draw(); }); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  draw();
})();
