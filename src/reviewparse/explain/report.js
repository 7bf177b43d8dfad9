"use strict";
(function () {
  var text = document.getElementById("text");
  var panel = document.getElementById("panel");
  var smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var turns = new WeakMap();

  function flash(nodes) {
    nodes.forEach(function (node) {
      node.classList.remove("flash");
      void node.offsetWidth; // restart the animation
      node.classList.add("flash");
    });
  }
  function segments(index) {
    return Array.prototype.filter.call(text.querySelectorAll("mark.hl"), function (mark) {
      return mark.getAttribute("data-ev").split(" ").indexOf(index) >= 0;
    });
  }
  function unflash() {
    document.querySelectorAll(".flash").forEach(function (node) { node.classList.remove("flash"); });
  }
  function showEvidence(index) {
    unflash();
    var anchor = document.getElementById("ev-" + index);
    if (!anchor) return;
    var marks = segments(index);
    (marks[0] || anchor).scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
    flash([anchor].concat(marks));
  }
  function select(button) {
    panel.querySelectorAll("button.val.current").forEach(function (node) { node.classList.remove("current"); });
    button.classList.add("current");
  }

  panel.addEventListener("click", function (event) {
    var button = event.target.closest("button.val[data-ev]");
    if (!button) return;
    var ids = button.getAttribute("data-ev").split(" ");
    var turn = turns.has(button) ? (turns.get(button) + 1) % ids.length : 0; // repeated clicks cycle
    turns.set(button, turn);
    select(button);
    showEvidence(ids[turn]);
  });

  text.addEventListener("click", function (event) {
    var node = event.target.closest("mark.hl, .tag");
    if (!node) return;
    var index = node.getAttribute("data-ev").split(" ")[0];
    var anchor = document.getElementById("ev-" + index);
    var pointer = anchor ? anchor.getAttribute("data-ptr") : null;
    var buttons = panel.querySelectorAll("button.val[data-ev]");
    var target = null;
    for (var i = 0; i < buttons.length && !target; i++) {
      if (buttons[i].getAttribute("data-ptr") === pointer) target = buttons[i];
    }
    for (var j = 0; j < buttons.length && !target; j++) {
      if (buttons[j].getAttribute("data-ev").split(" ").indexOf(index) >= 0) target = buttons[j];
    }
    if (!target) return;
    unflash();
    select(target);
    target.scrollIntoView({ block: "nearest", behavior: smooth ? "smooth" : "auto" });
    flash([target]);
    flash(segments(index));
  });
})();
