// io-pain-modalities site script: filters and search on the index page.
// Everything shown is set with textContent, never as markup.
"use strict";

(function () {
  // ------------------------------------------------------------ filters
  var form = document.getElementById("filters");
  if (form) {
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
    var rows = Array.prototype.slice.call(document.querySelectorAll("table.catalog tr[data-id]"));
    var status = document.getElementById("filter-status");
    var total = rows.length;

    // A row matches when its category fits and one of its indications
    // fits every indication filter at once (as Query does in the crate).
    var matches = function (row, want) {
      if (want.category && row.getAttribute("data-category") !== want.category) {
        return false;
      }
      if (!want.pattern && !want.use && !want.jurisdiction) {
        return true;
      }
      var inds = (row.getAttribute("data-ind") || "").split(" ");
      return inds.some(function (ind) {
        var p = ind.split("/");
        return (!want.pattern || p[0] === want.pattern) &&
          (!want.use || p[1] === want.use) &&
          (!want.jurisdiction || p[2] === want.jurisdiction);
      });
    };

    var apply = function () {
      var want = {};
      selects.forEach(function (s) { want[s.getAttribute("data-filter")] = s.value; });
      var shown = 0;
      rows.forEach(function (row) {
        var ok = matches(row, want);
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      Array.prototype.forEach.call(document.querySelectorAll("table.catalog tbody"), function (body) {
        var empty = body.querySelector("tr.empty");
        if (empty) {
          empty.hidden = body.querySelector("tr[data-id]:not([hidden])") !== null ||
            body.querySelector("tr[data-id]") === null;
        }
      });
      status.textContent = shown === total
        ? "Showing all " + total + " modalities."
        : "Showing " + shown + " of " + total + " modalities.";
    };

    selects.forEach(function (s) { s.addEventListener("change", apply); });
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  }

  // ------------------------------------------------------------ search
  var search = document.getElementById("search");
  var index = window.IO_PAIN_SEARCH_INDEX;
  if (search && index) {
    var input = document.getElementById("q");
    var list = document.getElementById("search-results");
    var said = document.getElementById("search-status");

    var show = function () {
      var hits = IoPainSearch.search(index, input.value);
      while (list.firstChild) { list.removeChild(list.firstChild); }
      hits.slice(0, 8).forEach(function (hit) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = hit.href;
        a.textContent = hit.name;
        li.appendChild(a);
        var how = document.createElement("span");
        how.className = "how";
        how.textContent = " \u2014 " + hit.kind +
          (hit.matched !== hit.name ? "; matched " + hit.field + " \u201c" + hit.matched + "\u201d" : "") +
          (hit.how === "exact" || hit.how === "all words" ? "" : " (" + hit.how + ")");
        li.appendChild(how);
        list.appendChild(li);
      });
      var outOfScope = IoPainSearch.excluded(index, input.value);
      if (input.value.trim() === "") {
        said.textContent = "";
      } else if (outOfScope !== null) {
        said.textContent = "\u201c" + input.value + "\u201d is out of scope (" + outOfScope.name + "): " +
          outOfScope.reason;
      } else if (hits.length === 0) {
        said.textContent = "Nothing matches \u201c" + input.value + "\u201d.";
      } else {
        said.textContent = hits.length + (hits.length === 1 ? " match." : " matches.") +
          (hits.length > 8 ? " Showing the best 8." : "");
      }
    };

    input.addEventListener("input", show);
    search.addEventListener("submit", function (e) {
      e.preventDefault();
      var first = list.querySelector("a");
      if (first) { first.focus(); }
    });
    search.hidden = false;
    if (input.value) { show(); }
  }
})();
