/*
 * Download feedback: an export is prepared on the server before the browser shows it, so the
 * page says it is on its way and then that it came (PrimeFaces.monitorDownload calls these; the
 * server sets its cookie with the file). The words are the status element's, in the reader's
 * language; the element is a polite live region, so screen readers hear them too.
 */
var Naboskab = {
  downloadStarted: function () {
    var status = document.getElementById('download-status');
    if (status) {
      status.textContent = status.getAttribute('data-preparing');
      status.hidden = false;
    }
  },
  downloadDone: function () {
    var status = document.getElementById('download-status');
    if (status) {
      status.textContent = status.getAttribute('data-done');
      setTimeout(function () {
        status.hidden = true;
        status.textContent = '';
      }, 4000);
    }
  }
};

/*
 * Message lists that stay lists (WCAG 1.3.1): PrimeFaces' p:messages gives each <li> role="alert",
 * so to a screen reader the list holds no items. The role is taken off wherever a message list
 * appears — on load and after every Ajax update; the messages' container is itself a polite live
 * region, so each message is still read out as it appears.
 */
(function () {
  function listItemsStayListItems() {
    document.querySelectorAll('.ui-messages li[role="alert"]').forEach(function (item) {
      item.removeAttribute('role');
    });
  }
  listItemsStayListItems();
  new MutationObserver(listItemsStayListItems).observe(document.body, {childList: true, subtree: true});
})();
