/* The embedded sign form's one script (GET /embed/{slug}): it tells the partner's page how tall the form is and,
   on the thank-you page, that someone signed. The page names the partner page's origin only when that origin is
   registered, and every message goes to that origin alone; a page nobody registered hears nothing. */
(function () {
  'use strict';
  var w = window, main = document.getElementById('chorus-embed'),
    target = main && main.getAttribute('data-parent-origin'), last = 0;
  if (!target || w.parent === w) return;

  function send(message) {
    w.parent.postMessage(message, target);
  }

  function resize() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      send({ type: 'chorus:resize', height: height });
    }
  }

  resize();
  w.addEventListener('load', resize);
  w.addEventListener('resize', resize);
  if (w.ResizeObserver) new w.ResizeObserver(resize).observe(document.body);
  var signed = main.getAttribute('data-signed');
  if (signed) send({ type: 'chorus:signed', petition: signed });
}());
