// Willing's small page behaviours. Pages work without it; it only adds keyboard shortcuts.
(function () {
  "use strict";
})();
