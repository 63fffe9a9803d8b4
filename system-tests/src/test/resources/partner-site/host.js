// What a partner's own script does: count conversions (the widget's chorus:signed event) and read the live count.
document.addEventListener('chorus:signed', function (event) {
  document.getElementById('signed').textContent = JSON.stringify(event.detail);
}, true);
window.addEventListener('DOMContentLoaded', function () {
  fetch('http://localhost:8080/api/petitions/myanmar-arms-embargo/tally')
    .then(function (response) { return response.json(); })
    .then(function () { document.getElementById('cors').textContent = 'allowed'; })
    .catch(function () { document.getElementById('cors').textContent = 'blocked'; });
});
