// io-pain-modalities: the crate's search (src/search/), ported to the page.
//
// It reads the index the generator exports (assets/search-index.js) and
// ranks entries exactly as Catalog::search does: the same words (words
// written apart joined, radionuclides joined, stop words dropped, British spellings and Greek plurals read as
// American and singular), the same Snowball English stems, typo budgets,
// prefix matching of the last word, field weights and scores. Every word
// table and constant of the crate's search (stop and soft words, elements,
// plurals, British spellings, joined words, limits, qualities, bonuses,
// typo budgets), the codes found whole and the exclusions
// comes from the index's `rules`, exported from the crate's own tables, so
// this file holds no copy of them. The crate's tests and the browser test
// hold the two to the same answers.
"use strict";

var IoPainSearch = (function () {
  var ALNUM = /^[\p{Alphabetic}\p{N}]$/u;
  var isAlnum = function (c) { return ALNUM.test(c); };
  var isAsciiDigit = function (c) { return c >= "0" && c <= "9"; };
  var isNumber = function (w) {
    for (var i = 0; i < w.length; i += 1) { if (!isAsciiDigit(w[i])) { return false; } }
    return true;
  };
  var chars = function (s) { return Array.from(s); };
  var contains = function (list, x) { return list.indexOf(x) >= 0; };
  var startsWith = function (s, p) { return s.slice(0, p.length) === p; };
  var endsWith = function (s, p) { return p.length <= s.length && s.slice(s.length - p.length) === p; };

  // Character by character, as Rust's char::to_lowercase does (no
  // context-dependent rules such as a final sigma).
  var lowerChars = function (text) {
    var out = [];
    chars(text).forEach(function (ch) {
      chars(ch.toLowerCase()).forEach(function (c) { out.push(c); });
    });
    return out;
  };

  // The forgiving form of a name: letters and digits only, lower-cased.
  var normalized = function (s) {
    var out = "";
    chars(s).forEach(function (ch) {
      if (isAlnum(ch)) { out += chars(ch.toLowerCase()).join(""); }
    });
    return out;
  };

  var utf8Length = function (s) {
    var n = 0;
    chars(s).forEach(function (c) {
      var cp = c.codePointAt(0);
      n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    });
    return n;
  };

  var rawWords = function (text) {
    var words = [];
    var cur = "";
    var curDigit = false;
    lowerChars(text).forEach(function (c) {
      if (!isAlnum(c)) {
        if (cur !== "") { words.push(cur); cur = ""; }
        return;
      }
      var digit = isAsciiDigit(c);
      if (cur !== "" && digit !== curDigit) { words.push(cur); cur = ""; }
      curDigit = digit;
      cur += c;
    });
    if (cur !== "") { words.push(cur); }
    return words;
  };

  var elementOf = function (rules, w) {
    var elements = rules.elements;
    for (var i = 0; i < elements.length; i += 1) {
      if (elements[i][0] === w || elements[i][1] === w) { return elements[i]; }
    }
    return null;
  };

  var american = function (rules, word) {
    var i;
    var prefixes = rules.british_prefixes, suffixes = rules.british_suffixes;
    for (i = 0; i < prefixes.length; i += 1) {
      if (startsWith(word, prefixes[i][0])) {
        return prefixes[i][1] + word.slice(prefixes[i][0].length);
      }
    }
    if (chars(word).length >= rules.min_suffix_word) {
      for (i = 0; i < suffixes.length; i += 1) {
        if (endsWith(word, suffixes[i][0])) {
          return word.slice(0, word.length - suffixes[i][0].length) + suffixes[i][1];
        }
      }
    }
    return word;
  };

  // Two words written apart that names write as one become that one word.
  var joinSplitWords = function (rules, raw) {
    var out = [];
    for (var i = 0; i < raw.length; i += 1) {
      var joined = null;
      if (i + 1 < raw.length) {
        for (var k = 0; k < rules.joins.length; k += 1) {
          if (rules.joins[k][0] === raw[i] && rules.joins[k][1] === raw[i + 1]) {
            joined = rules.joins[k][2];
            break;
          }
        }
      }
      if (joined !== null) {
        out.push(joined);
        i += 1;
      } else {
        out.push(raw[i]);
      }
    }
    return out;
  };

  // The words of a name or query, as the index compares them, by the
  // rules of the exported index.
  var words = function (rules, text) {
    var raw = joinSplitWords(rules, rawWords(text));
    var out = [];
    var i = 0;
    while (i < raw.length) {
      var w = raw[i];
      var next = raw[i + 1];
      var pair = null;
      if (next !== undefined) {
        if (isNumber(next)) {
          var e1 = elementOf(rules, w);
          if (e1) { pair = [e1, next, w]; }
        } else if (isNumber(w)) {
          var e2 = elementOf(rules, next);
          if (e2) { pair = [e2, w, next]; }
        }
      }
      if (pair) {
        if (pair[2] === pair[0][1]) { out.push(pair[0][1]); }
        out.push(pair[0][0] + pair[1]);
        i += 2;
        continue;
      }
      if (contains(rules.lone_symbols, w)) {
        var e3 = elementOf(rules, w);
        if (e3) { out.push(e3[1]); }
      } else {
        out.push(w);
      }
      i += 1;
    }
    var kept = out.filter(function (x) { return !contains(rules.stop_words, x); });
    var chosen = kept.length === 0 ? out : kept;
    return chosen.map(function (x) {
      for (var k = 0; k < rules.plurals.length; k += 1) {
        if (rules.plurals[k][0] === x) { x = rules.plurals[k][1]; break; }
      }
      return american(rules, x);
    });
  };

  // ---------------------------------------------------------------------
  // The Snowball English ("Porter2") stemmer (assets/stemmer.js, loaded first).
  var stem = typeof IoPainStem !== "undefined" ? IoPainStem : require("./stemmer.js");

  // ---------------------------------------------------------------------
  // Typos allowed for a word of `len` characters: the first budget, longest
  // first, whose shortest word it reaches; none for numbers.
  var typoBudget = function (rules, word, len) {
    if (isNumber(word)) { return 0; }
    for (var i = 0; i < rules.typo_budgets.length; i += 1) {
      if (len >= rules.typo_budgets[i][0]) { return rules.typo_budgets[i][1]; }
    }
    return 0;
  };

  // Optimal-string-alignment distance, if at most `max`, on words of at
  // most `maxWord` characters.
  var distanceWithin = function (a, b, max, maxWord) {
    var n = a.length, m = b.length;
    if (Math.abs(n - m) > max || n > maxWord || m > maxWord) { return null; }
    var prev2 = [], prev = [], cur = [];
    var j;
    for (j = 0; j <= m; j += 1) { prev[j] = j; prev2[j] = 0; cur[j] = 0; }
    for (var i = 1; i <= n; i += 1) {
      cur[0] = i;
      var rowMin = cur[0];
      for (j = 1; j <= m; j += 1) {
        var cost = a[i - 1] !== b[j - 1] ? 1 : 0;
        var d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d = Math.min(d, prev2[j - 2] + 1);
        }
        cur[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) { return null; }
      prev2 = prev.slice();
      prev = cur.slice();
    }
    return prev[m] <= max ? prev[m] : null;
  };

  // The index as exported, with lookup tables built once per page.
  var prepare = function (index) {
    if (index.prepared) { return index.prepared; }
    var byText = {}, stemIds = {}, byLen = [];
    index.words.forEach(function (w, id) {
      byText[w.text] = id;
      (stemIds[w.stem] = stemIds[w.stem] || []).push(id);
      var cs = chars(w.text);
      if (!isNumber(w.text) && cs.length <= index.rules.max_word) {
        (byLen[cs.length] = byLen[cs.length] || []).push(id);
      }
      w.chars = cs;
    });
    var sorted = index.words.map(function (w, id) { return [w.text, id]; });
    var postings = index.words.map(function () { return []; });
    var whole = {};
    index.names.forEach(function (nm, k) {
      nm.words.forEach(function (w) { postings[w].push(k); });
      if (index.fields[nm.field].names_entry && nm.key !== "") { (whole[nm.key] = whole[nm.key] || []).push(k); }
    });
    var excluded = {};
    index.exclusions.forEach(function (x) {
      x.keys.forEach(function (key) {
        if (!Object.prototype.hasOwnProperty.call(excluded, key)) { excluded[key] = x; }
      });
    });
    index.prepared = { byText: byText, stemIds: stemIds, byLen: byLen, sorted: sorted, postings: postings,
      whole: whole, excluded: excluded };
    return index.prepared;
  };

  var matchWord = function (index, p, qw, last, found) {
    var rules = index.rules, quality = rules.quality;
    var exact = Object.prototype.hasOwnProperty.call(p.byText, qw) ? p.byText[qw] : null;
    if (exact !== null) { found(exact, quality.exact); }
    var st = stem(qw);
    if (Object.prototype.hasOwnProperty.call(p.stemIds, st)) {
      p.stemIds[st].forEach(function (w) { if (w !== exact) { found(w, quality.stem); } });
    }
    var q = chars(qw);
    if (last && q.length >= rules.min_prefix) {
      p.sorted.forEach(function (tw) {
        if (startsWith(tw[0], qw) && tw[0] !== qw) { found(tw[1], quality.prefix); }
      });
    }
    if (q.length > rules.max_word) { return; }
    // A word found as it is typed is not also read as a typo of another
    // (so "bone" never matches "none"), as in the crate.
    var budget = exact !== null ? 0 : typoBudget(rules, qw, q.length);
    if (budget === 0) { return; }
    for (var l = Math.max(0, q.length - budget); l <= q.length + budget; l += 1) {
      (p.byLen[l] || []).forEach(function (w) {
        if (w === exact) { return; }
        var word = index.words[w];
        var allowed = Math.min(budget, typoBudget(rules, word.text, word.chars.length));
        if (allowed === 0) { return; }
        var d = distanceWithin(q, word.chars, allowed, rules.max_word);
        if (d === 1) { found(w, quality.typo1); } else if (d !== null && d > 1) { found(w, quality.typo2); }
      });
    }
  };

  // How a word matched, as a position in rules.match_kinds (the order of
  // the crate's MatchKind): 1 all words, 2 stem, 3 prefix, 4 typo; 0 is an
  // exact name, 5 some words.
  var kindOf = function (quality, q) {
    return q === quality.exact ? 1 : q === quality.stem ? 2 : q === quality.prefix ? 3 : 4;
  };

  var scoreName = function (index, nm, acc, n, key) {
    var f = index.fields[nm.field];
    if (f.names_entry && key !== "" && nm.key === key) {
      return [f.weight * 100 + index.rules.exact_bonus, 0];
    }
    var quality = 0, kind = -1;
    for (var k = 0; k < n; k += 1) {
      quality += acc.quality[k];
      if (acc.quality[k] > 0) { kind = Math.max(kind, kindOf(index.rules.quality, acc.quality[k])); }
    }
    var base = Math.floor(quality * 100 / (10 * n));
    var total = Math.max(1, nm.words.length);
    var cover = Math.floor(Math.min(acc.covered, total) * 100 / total);
    return [Math.floor(f.weight * (3 * base + cover) / 4), kind];
  };

  var popcount = function (x) {
    var c = 0;
    while (x) { c += x & 1; x >>>= 1; }
    return c;
  };

  // The normalised query, or "" when it is too long to equal a name.
  var queryKey = function (index, query) {
    var key = normalized(query);
    return utf8Length(key) > index.rules.max_key ? "" : key;
  };

  // The exclusion (name and reason) a query names, as Catalog::excluded
  // finds it, or null.
  var excluded = function (index, query) {
    var p = prepare(index);
    var key = queryKey(index, query);
    return key !== "" && Object.prototype.hasOwnProperty.call(p.excluded, key) ? p.excluded[key] : null;
  };

  // Ranked hits, best first, as Catalog::search returns them; none for a
  // query that names an exclusion.
  var search = function (index, query) {
    var rules = index.rules;
    var p = prepare(index);
    if (excluded(index, query) !== null) { return []; }
    var qwords = words(rules, query).slice(0, rules.max_query_words);
    var n = qwords.length;
    if (n === 0) { return []; }
    var soft = 0;
    qwords.forEach(function (w, k) { if (contains(rules.soft_words, w)) { soft |= 1 << k; } });
    var every = (1 << n) - 1;
    var required = soft === every ? every : every & ~soft;
    var key = queryKey(index, query);

    var matched = [];
    qwords.forEach(function (qw, qi) {
      matchWord(index, p, qw, qi + 1 === n, function (w, quality) { matched.push([w, qi, quality]); });
    });
    matched.sort(function (a, b) { return a[0] - b[0]; });
    var accs = {}, touched = [];
    var prevWord = -1;
    matched.forEach(function (m) {
      var first = m[0] !== prevWord;
      prevWord = m[0];
      p.postings[m[0]].forEach(function (name) {
        var acc = accs[name];
        if (!acc) {
          acc = accs[name] = { quality: [], covered: 0 };
          for (var k = 0; k < n; k += 1) { acc.quality.push(0); }
          touched.push(name);
        }
        acc.quality[m[1]] = Math.max(acc.quality[m[1]], m[2]);
        if (first) { acc.covered += 1; }
      });
    });
    // The names and codes equal to the whole query, as if every word
    // matched them.
    if (key !== "" && Object.prototype.hasOwnProperty.call(p.whole, key)) {
      p.whole[key].forEach(function (name) {
        var acc = accs[name];
        if (!acc) {
          acc = accs[name] = { quality: [], covered: 0 };
          touched.push(name);
        }
        acc.quality = [];
        for (var k = 0; k < n; k += 1) { acc.quality.push(rules.quality.exact); }
      });
    }

    var best = {}, entriesTouched = [];
    touched.forEach(function (name) {
      var nm = index.names[name];
      var acc = accs[name];
      var r = scoreName(index, nm, acc, n, key);
      var score = r[0];
      var entry = index.entries[nm.entry];
      if (entry.kind === "combination") {
        score = Math.floor(score * rules.combination_share[0] / rules.combination_share[1]);
      }
      var b = best[nm.entry];
      if (!b) {
        b = best[nm.entry] = { score: 0, name: -1, kind: -1, mask: 0 };
        entriesTouched.push(nm.entry);
      }
      var betterName = score === b.score && b.name >= 0 &&
        index.fields[nm.field].display_rank < index.fields[index.names[b.name].field].display_rank;
      if (score > b.score || betterName) {
        b.score = score;
        b.name = name;
        b.kind = r[1];
      }
      var mask = 0;
      for (var k = 0; k < n; k += 1) { if (acc.quality[k] > 0) { mask |= 1 << k; } }
      b.mask |= mask;
    });

    var need = popcount(required);
    var anyFull = entriesTouched.some(function (e) { return (best[e].mask & required) === required; });
    var hits = [];
    entriesTouched.forEach(function (e) {
      var b = best[e];
      var got = popcount(b.mask & required);
      var all = got === need;
      if ((anyFull && !all) || (!anyFull && 2 * got < need) || b.name < 0) { return; }
      var nm = index.names[b.name];
      var entry = index.entries[e];
      var how = b.kind === 0 ? 0 : (all && b.kind > 0 ? b.kind : 5);
      hits.push({
        kind: entry.kind, id: entry.id, name: entry.name, href: entry.href,
        score: b.score, matched: nm.text, field: nm.field, how: rules.match_kinds[how], all_words: all
      });
    });
    hits.sort(function (a, b) {
      if (b.score !== a.score) { return b.score - a.score; }
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
    return hits;
  };

  return { search: search, excluded: excluded, words: words, stem: stem, normalized: normalized };
})();

if (typeof module !== "undefined" && module.exports) {
  module.exports = IoPainSearch;
}
