// io-pain-modalities: the Snowball English ("Porter2") stemmer, as the
// crate's rust-stemmers gives it, for the page's search (assets/search.js).
// The algorithm's own tables live here; the search's word tables come from
// the exported index. The browser test checks its stems against the crate's.
"use strict";

var IoPainStem = (function () {
  var chars = function (s) { return Array.from(s); };
  var contains = function (list, x) { return list.indexOf(x) >= 0; };
  var startsWith = function (s, p) { return s.slice(0, p.length) === p; };
  var endsWith = function (s, p) { return p.length <= s.length && s.slice(s.length - p.length) === p; };
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

if (typeof module !== "undefined" && module.exports) {
  module.exports = IoPainStem;
}
