// The dashboard follows the petition's public tally stream (server-sent events, same origin through the gateway),
// so the confirmed count, the progress bar and the countries change without a reload.
(function () {
  "use strict";
  var card = document.querySelector("[data-tally-stream]");
  if (!card || !window.EventSource) {
    return;
  }
  var goal = Number(card.getAttribute("data-goal")) || 1;
  var total = document.getElementById("total");
  var bar = document.getElementById("progress-bar");
  var rows = document.querySelector("#by-country tbody");
  var state = document.getElementById("live-state");
  var stream = new EventSource(card.getAttribute("data-tally-stream"));

  function cell(text, numeric) {
    var td = document.createElement("td");
    td.textContent = text;
    if (numeric) {
      td.className = "num";
    }
    return td;
  }

  stream.onmessage = function (event) {
    var tally = JSON.parse(event.data);
    total.textContent = String(tally.total);
    bar.setAttribute("width", String(Math.min(100, Math.floor(tally.total * 100 / goal))));
    var countries = Object.keys(tally.byCountry || {}).map(function (code) {
      return [code, tally.byCountry[code]];
    }).sort(function (a, b) {
      return b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
    });
    if (countries.length > 0) {
      rows.replaceChildren.apply(rows, countries.map(function (c) {
        var tr = document.createElement("tr");
        tr.appendChild(cell(c[0], false));
        tr.appendChild(cell(String(c[1]), true));
        return tr;
      }));
    }
    state.textContent = "Live: updated " + new Date().toLocaleTimeString() + ".";
  };
  stream.onerror = function () {
    state.textContent = "Live updates paused; the browser reconnects by itself.";
  };
}());
