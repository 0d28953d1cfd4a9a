// Willing's small page behaviours. Pages work without it; it only adds keyboard shortcuts.
(function () {
  "use strict";

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll(".review-item"));
  }

  function current() {
    var active = document.activeElement;
    return active && active.closest ? active.closest(".review-item") : null;
  }

  function move(step) {
    var list = items();
    if (!list.length) { return; }
    var at = list.indexOf(current());
    var next = list[Math.max(0, Math.min(list.length - 1, at < 0 ? 0 : at + step))];
    next.focus();
    var span = document.getElementById("span-" + next.dataset.draft);
    list.forEach(function (item) { item.removeAttribute("aria-current"); });
    next.setAttribute("aria-current", "true");
    if (span) { span.scrollIntoView({ block: "nearest" }); }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var target = event.target;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) { return; }
    if (!items().length) { return; }
    var item = current();
    var act = function (name) {
      var button = item && item.querySelector('[data-act="' + name + '"]');
      if (button) { event.preventDefault(); button.click(); }
    };
    switch (event.key) {
      case "j": event.preventDefault(); move(1); break;
      case "k": event.preventDefault(); move(-1); break;
      case "a": act("accept"); break;
      case "r": act("reject"); break;
      case "x":
        if (item) { event.preventDefault(); var box = item.querySelector('input[type="checkbox"]'); box.checked = !box.checked; }
        break;
      case "e":
        if (item) {
          var details = item.querySelector('details[data-act="edit"]');
          if (details) {
            event.preventDefault();
            details.open = true;
            var first = details.querySelector("input:not([type=hidden])");
            if (first) { first.focus(); }
          }
        }
        break;
      default: break;
    }
  });
})();
