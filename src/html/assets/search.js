// io-pain-modalities: the crate's search (src/search.rs), ported to the page.
//
// It reads the index the generator exports (assets/search-index.js) and
// ranks entries exactly as Catalog::search does: the same words (radionuclides
// joined, stop words dropped, British spellings and Greek plurals read as
// American and singular), the same Snowball English stems, typo budgets,
// prefix matching of the last word, field weights and scores. The crate's
// tests and the browser test hold the two to the same answers.
"use strict";

var IoPainSearch = (function () {
  var MAX_WORD = 48;
  var MAX_QUERY_WORDS = 16;
  var MAX_KEY = 256;
  var EXACT_BONUS = 1000;
  var MIN_PREFIX = 3;
  var EXACT = 10, STEM = 9, PREFIX = 7, TYPO1 = 6, TYPO2 = 4;

  var STOP_WORDS = ["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is",
    "of", "on", "or", "the", "to", "with", "without", "via"];
  var SOFT_WORDS = ["injection", "injections", "therapy", "therapies", "treatment",
    "treatments", "procedure", "procedures", "drug", "device", "system", "technique",
    "intervention", "percutaneous"];
  var ELEMENTS = [["lu", "lutetium"], ["sr", "strontium"], ["sm", "samarium"],
    ["ra", "radium"], ["ga", "gallium"], ["ac", "actinium"], ["tc", "technetium"],
    ["y", "yttrium"], ["i", "iodine"], ["pb", "lead"], ["tb", "terbium"],
    ["cu", "copper"], ["re", "rhenium"], ["ho", "holmium"]];
  var LONE_SYMBOLS = ["lu", "sr", "sm", "ra", "ga", "ac", "tc"];
  var PLURALS = [["metastases", "metastasis"], ["analyses", "analysis"],
    ["diagnoses", "diagnosis"], ["prostheses", "prosthesis"], ["neoplasms", "neoplasm"],
    ["vertebrae", "vertebra"]];
  var BRITISH_PREFIXES = [["oesophag", "esophag"], ["oedem", "edem"], ["oestr", "estr"],
    ["coeliac", "celiac"], ["haem", "hem"], ["anaem", "anem"], ["leukaem", "leukem"],
    ["paediatr", "pediatr"], ["orthopaed", "orthoped"], ["foet", "fet"],
    ["ischaem", "ischem"]];
  var BRITISH_SUFFIXES = [["ours", "ors"], ["our", "or"], ["isation", "ization"],
    ["ised", "ized"], ["ising", "izing"], ["ise", "ize"], ["ises", "izes"],
    ["tre", "ter"], ["tres", "ters"]];

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

  var elementOf = function (w) {
    for (var i = 0; i < ELEMENTS.length; i += 1) {
      if (ELEMENTS[i][0] === w || ELEMENTS[i][1] === w) { return ELEMENTS[i]; }
    }
    return null;
  };

  var american = function (word) {
    var i;
    for (i = 0; i < BRITISH_PREFIXES.length; i += 1) {
      if (startsWith(word, BRITISH_PREFIXES[i][0])) {
        return BRITISH_PREFIXES[i][1] + word.slice(BRITISH_PREFIXES[i][0].length);
      }
    }
    if (chars(word).length >= 6) {
      for (i = 0; i < BRITISH_SUFFIXES.length; i += 1) {
        if (endsWith(word, BRITISH_SUFFIXES[i][0])) {
          return word.slice(0, word.length - BRITISH_SUFFIXES[i][0].length) + BRITISH_SUFFIXES[i][1];
        }
      }
    }
    return word;
  };

  // The words of a name or query, as the index compares them.
  var words = function (text) {
    var raw = rawWords(text);
    var out = [];
    var i = 0;
    while (i < raw.length) {
      var w = raw[i];
      var next = raw[i + 1];
      var pair = null;
      if (next !== undefined) {
        if (isNumber(next)) {
          var e1 = elementOf(w);
          if (e1) { pair = [e1, next, w]; }
        } else if (isNumber(w)) {
          var e2 = elementOf(next);
          if (e2) { pair = [e2, w, next]; }
        }
      }
      if (pair) {
        if (pair[2] === pair[0][1]) { out.push(pair[0][1]); }
        out.push(pair[0][0] + pair[1]);
        i += 2;
        continue;
      }
      if (contains(LONE_SYMBOLS, w)) {
        var e3 = elementOf(w);
        if (e3) { out.push(e3[1]); }
      } else {
        out.push(w);
      }
      i += 1;
    }
    var kept = out.filter(function (x) { return !contains(STOP_WORDS, x); });
    var chosen = kept.length === 0 ? out : kept;
    return chosen.map(function (x) {
      for (var k = 0; k < PLURALS.length; k += 1) {
        if (PLURALS[k][0] === x) { x = PLURALS[k][1]; break; }
      }
      return american(x);
    });
  };

  // ---------------------------------------------------------------------
  // The Snowball English ("Porter2") stemmer, as the crate's rust-stemmers.
  var stem = (function () {
    var isV = function (c) { return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || c === "y"; };
    var EXCEPTION1 = { skis: "ski", skies: "sky", dying: "die", lying: "lie", tying: "tie",
      idly: "idl", gently: "gentl", ugly: "ugli", early: "earli", only: "onli",
      singly: "singl", sky: "sky", news: "news", howe: "howe", atlas: "atlas",
      cosmos: "cosmos", bias: "bias", andes: "andes" };
    var EXCEPTION2 = ["inning", "outing", "canning", "herring", "earring", "proceed",
      "exceed", "succeed"];
    var byLength = function (list) {
      return list.slice().sort(function (a, b) { return b[0].length - a[0].length; });
    };
    var STEP2 = byLength([["tional", "tion"], ["enci", "ence"], ["anci", "ance"],
      ["abli", "able"], ["entli", "ent"], ["izer", "ize"], ["ization", "ize"],
      ["ational", "ate"], ["ation", "ate"], ["ator", "ate"], ["alism", "al"],
      ["aliti", "al"], ["alli", "al"], ["fulness", "ful"], ["ousli", "ous"],
      ["ousness", "ous"], ["iveness", "ive"], ["iviti", "ive"], ["biliti", "ble"],
      ["bli", "ble"], ["ogi", "og"], ["fulli", "ful"], ["lessli", "less"], ["li", ""]]);
    var STEP3 = byLength([["tional", "tion"], ["ational", "ate"], ["alize", "al"],
      ["icate", "ic"], ["iciti", "ic"], ["ical", "ic"], ["ful", ""], ["ness", ""],
      ["ative", ""]]);
    var STEP4 = byLength([["al"], ["ance"], ["ence"], ["er"], ["ic"], ["able"], ["ible"],
      ["ant"], ["ement"], ["ment"], ["ent"], ["ism"], ["ate"], ["iti"], ["ous"], ["ive"],
      ["ize"], ["ion"]]);

    return function (word) {
      if (Object.prototype.hasOwnProperty.call(EXCEPTION1, word)) { return EXCEPTION1[word]; }
      var w = chars(word);
      if (w.length < 3) { return word; }
      // Prelude: a leading apostrophe goes; y as a consonant becomes Y.
      if (w[0] === "'") { w.shift(); }
      var yFound = false;
      if (w[0] === "y") { w[0] = "Y"; yFound = true; }
      for (var i = 1; i < w.length; i += 1) {
        if (w[i] === "y" && isV(w[i - 1])) { w[i] = "Y"; yFound = true; }
      }
      // Regions.
      var n0 = w.length;
      var p1 = n0, p2 = n0;
      var s0 = w.join("");
      var afterVC = function (from) {
        var j = from;
        while (j < w.length && !isV(w[j])) { j += 1; }
        while (j < w.length && isV(w[j])) { j += 1; }
        return j < w.length ? j + 1 : w.length;
      };
      var prefix = ["gener", "commun", "arsen"].filter(function (p) { return startsWith(s0, p); })[0];
      p1 = prefix ? prefix.length : afterVC(0);
      p2 = afterVC(p1);
      // Note: afterVC finds a vowel then the first non-vowel after it.
      var str = function () { return w.join(""); };
      var ends = function (suf) { return endsWith(str(), suf); };
      var len = function () { return w.length; };
      var setEnd = function (cut, repl) {
        w = w.slice(0, w.length - cut).concat(chars(repl));
      };
      // A short syllable ending at position `end` (exclusive).
      var shortv = function (end) {
        var a = w[end - 3], b = w[end - 2], c = w[end - 1];
        if (end >= 3 && !isV(a) && isV(b) && !isV(c) && c !== "w" && c !== "x" && c !== "Y") {
          return true;
        }
        return end === 2 && isV(w[0]) && !isV(w[1]);
      };
      var longest = function (list) {
        var s = str();
        for (var k = 0; k < list.length; k += 1) {
          if (endsWith(s, list[k][0])) { return list[k]; }
        }
        return null;
      };
      var hasVowel = function (from, to) {
        for (var k = from; k < to; k += 1) { if (isV(w[k])) { return true; } }
        return false;
      };

      // Step 1a.
      var ap = longest([["'s'"], ["'s"], ["'"]]);
      if (ap) { setEnd(chars(ap[0]).length, ""); }
      if (ends("sses")) {
        setEnd(4, "ss");
      } else if (ends("ied") || ends("ies")) {
        setEnd(3, len() > 4 ? "i" : "ie");
      } else if (ends("us") || ends("ss")) {
        // unchanged
      } else if (ends("s")) {
        if (hasVowel(0, len() - 2)) { setEnd(1, ""); }
      }
      if (contains(EXCEPTION2, str())) {
        return yFound ? str().replace(/Y/g, "y") : str();
      }

      // Step 1b.
      var s1b = longest([["eedly"], ["ingly"], ["edly"], ["eed"], ["ing"], ["ed"]]);
      if (s1b) {
        var l1b = s1b[0].length;
        if (s1b[0] === "eed" || s1b[0] === "eedly") {
          if (len() - l1b >= p1) { setEnd(l1b, "ee"); }
        } else if (hasVowel(0, len() - l1b)) {
          setEnd(l1b, "");
          if (ends("at") || ends("bl") || ends("iz")) {
            setEnd(0, "e");
          } else if (["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"].some(ends)) {
            setEnd(1, "");
          } else if (len() === p1 && shortv(len())) {
            setEnd(0, "e");
          }
        }
      }

      // Step 1c.
      if ((ends("y") || ends("Y")) && len() > 2 && !isV(w[len() - 2])) {
        setEnd(1, "i");
      }

      // Step 2.
      var s2 = longest(STEP2);
      if (s2 && len() - s2[0].length >= p1) {
        var at2 = len() - s2[0].length;
        if (s2[0] === "ogi") {
          if (w[at2 - 1] === "l") { setEnd(3, "og"); }
        } else if (s2[0] === "li") {
          if (at2 >= 1 && "cdeghkmnrt".indexOf(w[at2 - 1]) >= 0) { setEnd(2, ""); }
        } else {
          setEnd(s2[0].length, s2[1]);
        }
      }

      // Step 3.
      var s3 = longest(STEP3);
      if (s3 && len() - s3[0].length >= p1) {
        if (s3[0] === "ative") {
          if (len() - 5 >= p2) { setEnd(5, ""); }
        } else {
          setEnd(s3[0].length, s3[1]);
        }
      }

      // Step 4.
      var s4 = longest(STEP4);
      if (s4 && len() - s4[0].length >= p2) {
        if (s4[0] === "ion") {
          var before = w[len() - 4];
          if (before === "s" || before === "t") { setEnd(3, ""); }
        } else {
          setEnd(s4[0].length, "");
        }
      }

      // Step 5.
      if (ends("e")) {
        var at5 = len() - 1;
        if (at5 >= p2 || (at5 >= p1 && !shortv(at5))) { setEnd(1, ""); }
      } else if (ends("l")) {
        var atl = len() - 1;
        if (atl >= p2 && w[atl - 1] === "l") { setEnd(1, ""); }
      }

      var out = str();
      return yFound ? out.replace(/Y/g, "y") : out;
    };
  })();

  // ---------------------------------------------------------------------
  var typoBudget = function (word, len) {
    if (isNumber(word)) { return 0; }
    if (len >= 9) { return 2; }
    if (len >= 5) { return 1; }
    return 0;
  };

  // Optimal-string-alignment distance, if at most `max`.
  var distanceWithin = function (a, b, max) {
    var n = a.length, m = b.length;
    if (Math.abs(n - m) > max || n > MAX_WORD || m > MAX_WORD) { return null; }
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
      if (!isNumber(w.text) && cs.length <= MAX_WORD) {
        (byLen[cs.length] = byLen[cs.length] || []).push(id);
      }
      w.chars = cs;
    });
    var sorted = index.words.map(function (w, id) { return [w.text, id]; });
    var postings = index.words.map(function () { return []; });
    index.names.forEach(function (nm, k) {
      nm.words.forEach(function (w) { postings[w].push(k); });
    });
    index.prepared = { byText: byText, stemIds: stemIds, byLen: byLen, sorted: sorted, postings: postings };
    return index.prepared;
  };

  var matchWord = function (index, p, qw, last, found) {
    var exact = Object.prototype.hasOwnProperty.call(p.byText, qw) ? p.byText[qw] : null;
    if (exact !== null) { found(exact, EXACT); }
    var st = stem(qw);
    if (Object.prototype.hasOwnProperty.call(p.stemIds, st)) {
      p.stemIds[st].forEach(function (w) { if (w !== exact) { found(w, STEM); } });
    }
    var q = chars(qw);
    if (last && q.length >= MIN_PREFIX) {
      p.sorted.forEach(function (tw) {
        if (startsWith(tw[0], qw) && tw[0] !== qw) { found(tw[1], PREFIX); }
      });
    }
    if (q.length > MAX_WORD) { return; }
    var budget = typoBudget(qw, q.length);
    if (budget === 0) { return; }
    for (var l = Math.max(0, q.length - budget); l <= q.length + budget; l += 1) {
      (p.byLen[l] || []).forEach(function (w) {
        if (w === exact) { return; }
        var word = index.words[w];
        var allowed = Math.min(budget, typoBudget(word.text, word.chars.length));
        if (allowed === 0) { return; }
        var d = distanceWithin(q, word.chars, allowed);
        if (d === 1) { found(w, TYPO1); } else if (d !== null && d > 1) { found(w, TYPO2); }
      });
    }
  };

  var KINDS = ["exact", "all words", "stem", "prefix", "typo", "some words"];
  var kindOf = function (q) {
    return q === EXACT ? 1 : q === STEM ? 2 : q === PREFIX ? 3 : 4;
  };

  var scoreName = function (index, nm, acc, n, queryKey) {
    var f = index.fields[nm.field];
    if (f.names_entry && queryKey !== "" && nm.key === queryKey) {
      return [f.weight * 100 + EXACT_BONUS, 0];
    }
    var quality = 0, kind = -1;
    for (var k = 0; k < n; k += 1) {
      quality += acc.quality[k];
      if (acc.quality[k] > 0) { kind = Math.max(kind, kindOf(acc.quality[k])); }
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

  // Ranked hits, best first, as Catalog::search returns them.
  var search = function (index, query) {
    var p = prepare(index);
    var qwords = words(query).slice(0, MAX_QUERY_WORDS);
    var n = qwords.length;
    if (n === 0) { return []; }
    var soft = 0;
    qwords.forEach(function (w, k) { if (contains(SOFT_WORDS, w)) { soft |= 1 << k; } });
    var every = (1 << n) - 1;
    var required = soft === every ? every : every & ~soft;
    var queryKey = normalized(query);
    if (utf8Length(queryKey) > MAX_KEY) { queryKey = ""; }

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

    var best = {}, entriesTouched = [];
    touched.forEach(function (name) {
      var nm = index.names[name];
      var acc = accs[name];
      var r = scoreName(index, nm, acc, n, queryKey);
      var score = r[0];
      var entry = index.entries[nm.entry];
      if (entry.kind === "combination") { score = Math.floor(score * 4 / 5); }
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
        score: b.score, matched: nm.text, field: nm.field, how: KINDS[how], all_words: all
      });
    });
    hits.sort(function (a, b) {
      if (b.score !== a.score) { return b.score - a.score; }
      return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
    return hits;
  };

  return { search: search, words: words, stem: stem, normalized: normalized };
})();

if (typeof module !== "undefined" && module.exports) {
  module.exports = IoPainSearch;
}
