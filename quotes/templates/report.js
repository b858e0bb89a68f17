// The report works without this script; with it, a quote's details follow the pointer
// and clicking a speaker picks out their quotes. Article text is only ever set as text.
(function () {
  "use strict";
  var body = document.body;
  body.classList.replace("no-js", "js");
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.q"));
  var tip = document.createElement("div");
  tip.className = "tip";
  tip.hidden = true;
  body.appendChild(tip);
  marks.forEach(function (mark) {
    mark.dataset.tip = mark.getAttribute("title");
    mark.removeAttribute("title");
  });
  document.addEventListener("mouseover", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.q") : null;
    tip.hidden = !mark;
    if (mark) tip.textContent = mark.dataset.tip;
  });
  document.addEventListener("mousemove", function (event) {
    if (tip.hidden) return;
    var left = Math.min(event.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = (event.clientY + 18) + "px";
  });
  var focused = null;
  document.querySelectorAll("tr[data-speaker]").forEach(function (row) {
    row.addEventListener("click", function () {
      focused = focused === row ? null : row;
      var key = focused ? focused.dataset.speaker : null;
      document.querySelectorAll("tr[data-speaker]").forEach(function (other) {
        other.classList.toggle("focus", other === focused);
      });
      marks.forEach(function (mark) {
        mark.classList.toggle("dim", key !== null && !mark.classList.contains(key));
      });
    });
  });
})();
