// io-pain-modalities site script: the header search, the filters of the
// index and the bibliography, the search box of the index, and the
// address that keeps the query and the filters so a result can be shared.
// Everything shown is set with textContent, never as markup.
"use strict";

(function () {
  // ------------------------------------------------------------ address
  // The query and the filters live in the address (?q=...&category=...).
  var params = new URLSearchParams(window.location.search);
  var remember = function (key, value) {
    if (value) { params.set(key, value); } else { params.delete(key); }
    var qs = params.toString();
    try {
      window.history.replaceState(null, "", window.location.pathname + (qs ? "?" + qs : "") + window.location.hash);
    } catch (e) {
      // Some browsers refuse to rewrite a file:// address; the page still works.
    }
  };

  // ------------------------------------------------------------ print
  // A printed page says where it came from and when.
  var printed = document.getElementById("print-address");
  if (printed) {
    printed.textContent = window.location.href;
    document.getElementById("print-date").textContent = new Date().toISOString().slice(0, 10);
  }

  // ------------------------------------------------------------ header search
  // The search box in every page's header opens the index with the query.
  var header = document.getElementById("site-search");
  if (header) {
    header.addEventListener("submit", function (e) {
      e.preventDefault();
      var q = document.getElementById("site-q").value.trim();
      window.location.assign(header.getAttribute("data-index") + (q ? "?q=" + encodeURIComponent(q) : ""));
    });
  }

  // ------------------------------------------------------------ filters
  // A form of <select data-filter> over a list; `fits(item, want)` says
  // whether an item fits the chosen values.
  var filterForm = function (form, items, fits, noun, onApply) {
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
    var status = form.querySelector(".status");
    var total = items.length;
    var apply = function () {
      var want = {};
      selects.forEach(function (s) { want[s.getAttribute("data-filter")] = s.value; });
      var shown = 0;
      items.forEach(function (item) {
        var ok = fits(item, want);
        item.hidden = !ok;
        if (ok) { shown += 1; }
      });
      if (onApply) { onApply(shown); }
      status.textContent = shown === total
        ? "Showing all " + total + " " + noun + "."
        : "Showing " + shown + " of " + total + " " + noun + ".";
    };
    selects.forEach(function (s) {
      var key = s.getAttribute("data-filter");
      var v = params.get(key);
      if (v && s.querySelector("option[value=\"" + CSS.escape(v) + "\"]")) { s.value = v; }
      s.addEventListener("change", function () { remember(key, s.value); apply(); });
    });
    form.addEventListener("reset", function () {
      selects.forEach(function (s) { remember(s.getAttribute("data-filter"), ""); });
      window.setTimeout(apply, 0);
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  };

  // The index: a row matches when its category fits and one of its
  // indications fits every indication filter at once (as Query does).
  var form = document.getElementById("filters");
  if (form) {
    var rows = Array.prototype.slice.call(document.querySelectorAll("table.catalog tr[data-id]"));
    filterForm(form, rows, function (row, want) {
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
    }, "modalities", function () {
      Array.prototype.forEach.call(document.querySelectorAll("table.catalog tbody"), function (body) {
        var empty = body.querySelector("tr.empty");
        if (empty) {
          empty.hidden = body.querySelector("tr[data-id]:not([hidden])") !== null ||
            body.querySelector("tr[data-id]") === null;
        }
      });
    });
  }

  // The bibliography: an entry fits when each chosen value equals its own.
  var sourceForm = document.getElementById("source-filters");
  if (sourceForm) {
    var list = document.getElementById(sourceForm.getAttribute("data-list"));
    var entries = Array.prototype.slice.call(list.children);
    var none = document.getElementById("bibliography-empty");
    filterForm(sourceForm, entries, function (li, want) {
      return Object.keys(want).every(function (k) {
        return !want[k] || li.getAttribute("data-" + k) === want[k];
      });
    }, "sources", function (shown) { none.hidden = shown > 0; });
  }

  // ------------------------------------------------------------ search
  // How a hit matched, in words.
  var FIELD_WORDS = {
    "abbreviation": "the abbreviation", "synonym": "the other name", "brand": "the brand",
    "product": "the product", "category": "the category", "indicated condition": "the indication",
    "combined modality": "the combined modality"
  };
  var HOW_WORDS = {
    "stem": "another form of a word", "prefix": "the start of a word",
    "typo": "spelling corrected", "some words": "only some of the words"
  };
  var explain = function (hit) {
    var parts = [];
    if (hit.matched !== hit.name && FIELD_WORDS[hit.field]) {
      parts.push("matched " + FIELD_WORDS[hit.field] + " \u201c" + hit.matched + "\u201d");
    }
    if (HOW_WORDS[hit.how]) { parts.push(HOW_WORDS[hit.how]); }
    return " \u2014 " + hit.kind + (parts.length ? "; " + parts.join("; ") : "");
  };

  var search = document.getElementById("search");
  var index = window.IO_PAIN_SEARCH_INDEX;
  if (search && index) {
    var input = document.getElementById("q");
    var results = document.getElementById("search-results");
    var said = document.getElementById("search-status");

    var show = function () {
      var hits = IoPainSearch.search(index, input.value);
      while (results.firstChild) { results.removeChild(results.firstChild); }
      hits.slice(0, 8).forEach(function (hit) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = hit.href;
        a.textContent = hit.name;
        li.appendChild(a);
        var how = document.createElement("span");
        how.className = "how";
        how.textContent = explain(hit);
        li.appendChild(how);
        results.appendChild(li);
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

    input.addEventListener("input", function () { remember("q", input.value.trim()); show(); });
    search.addEventListener("submit", function (e) {
      e.preventDefault();
      var first = results.querySelector("a");
      if (first) { first.focus(); }
    });
    search.hidden = false;
    if (params.get("q")) { input.value = params.get("q"); }
    if (input.value) { show(); }
  }
})();
