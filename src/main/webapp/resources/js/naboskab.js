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
