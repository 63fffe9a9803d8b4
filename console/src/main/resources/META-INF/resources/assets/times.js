// Every <time datetime> of a console page in the reader's own time zone; the UTC time stays in its tooltip.
(function () {
  'use strict';
  function localise() {
    var format = new Intl.DateTimeFormat(undefined, {
      year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
    });
    document.querySelectorAll('time[datetime]').forEach(function (element) {
      var at = new Date(element.getAttribute('datetime'));
      if (isNaN(at.getTime())) {
        return;
      }
      element.title = element.textContent;
      element.textContent = format.format(at);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', localise);
  } else {
    localise();
  }
})();
