/* Chorus sign widget. On a partner's page:
   <script src="https://CHORUS/widget.js" data-petition="SLUG" data-partner="PARTNER" async></script>
   optional: data-lang="my", data-accent="#0a7d5e", data-title (the frame's accessible name).
   No dependencies, no eval, no <style>: it runs under a strict Content-Security-Policy that allows this script and
   frames from CHORUS. When someone signs, the script's parent element (and the document) gets the DOM event
   chorus:signed with detail {petition, partner}: no personal data. */
(function () {
  'use strict';
  var w = window, d = document, CARRIED = ['utm_source', 'utm_medium', 'utm_campaign', 'source'];

  function start(s) {
    var petition = s.getAttribute('data-petition');
    if (s.chorusWidget || !petition || !s.parentNode || !/\/widget\.js([?#]|$)/.test(s.src)) return;
    s.chorusWidget = true;
    var chorus = new URL(s.src).origin, // the frame comes from where this script came from
      partner = s.getAttribute('data-partner') || '',
      lang = s.getAttribute('data-lang'),
      accent = s.getAttribute('data-accent'),
      page = new URLSearchParams(w.location.search),
      q = new URLSearchParams(),
      f = d.createElement('iframe');
    if (partner) q.set('partner', partner);
    if (lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(lang)) q.set('lang', lang);
    if (accent && /^#?([0-9a-f]{3}){1,2}$/i.test(accent)) q.set('accent', accent.replace('#', ''));
    CARRIED.forEach(function (k) {
      var v = page.get(k);
      if (v) q.set(k, v.slice(0, 100));
    });
    q.set('origin', w.location.origin);
    f.src = chorus + '/embed/' + encodeURIComponent(petition) + '?' + q;
    f.title = s.getAttribute('data-title') || 'Sign the petition';
    f.loading = 'lazy';
    // element.style, not a style attribute or sheet: a strict style-src allows it
    f.style.width = '100%';
    f.style.height = '40rem'; // until the form says how tall it is
    f.style.border = '0';
    s.parentNode.insertBefore(f, s.nextSibling);
    w.addEventListener('message', function (e) {
      var m = e.data;
      if (e.origin !== chorus || e.source !== f.contentWindow || !m || typeof m !== 'object') return;
      if (m.type === 'chorus:resize' && m.height > 0) {
        f.style.height = Math.min(Math.ceil(m.height), 20000) + 'px';
      } else if (m.type === 'chorus:signed') {
        f.dispatchEvent(new CustomEvent('chorus:signed',
          { bubbles: true, detail: { petition: petition, partner: partner || null } }));
      }
    });
  }

  // async scripts run in any order: each run starts its own tag and any other one not started yet
  if (d.currentScript) start(d.currentScript);
  Array.prototype.forEach.call(d.querySelectorAll('script[data-petition]'), start);
}());
