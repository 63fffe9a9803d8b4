// The letter editor's live preview: a moment after typing stops, the editor's Preview button is pressed for the
// person, so the preview frame shows the text as it stands. The button works without this script; the script only
// saves the click, and sends nothing while the text is the one last previewed.
(function () {
  "use strict";
  var form = document.getElementById("letter-editor");
  var button = document.getElementById("preview-button");
  if (!form || !button || typeof form.requestSubmit !== "function") {
    return;
  }
  var WAIT_MS = 800;
  var timer = null;
  var last = snapshot();

  function snapshot() {
    return ["subject", "body", "target"].map(function (name) {
      return form.elements[name] ? form.elements[name].value : "";
    }).join("\u0000");
  }

  function preview() {
    timer = null;
    var now = snapshot();
    if (now === last) {
      return;
    }
    last = now;
    form.requestSubmit(button);
  }

  form.addEventListener("input", function () {
    if (timer !== null) {
      window.clearTimeout(timer);
    }
    timer = window.setTimeout(preview, WAIT_MS);
  });
})();
