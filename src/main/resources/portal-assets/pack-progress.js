// A background pack's progress page (docs/portal.md#the-committee-pack), enhanced: every few seconds it fetches
// itself and swaps in the new status, until the pack is ready or has failed; the change of state
// is announced once through a polite live region. Without JavaScript the page's own link checks.
(function () {
  var status = document.getElementById("pack-status");
  if (!status || status.dataset.pending !== "true") {
    return;
  }
  var seconds = Number(status.dataset.refreshSeconds) || 3;
  var announce = document.getElementById("pack-announce");
  function check() {
    fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var next = fresh.getElementById("pack-status");
        if (!next) {
          return;
        }
        var current = document.getElementById("pack-status");
        current.replaceWith(document.importNode(next, true));
        if (next.dataset.pending === "true") {
          window.setTimeout(check, seconds * 1000);
        } else {
          document.title = fresh.title;
          announce.textContent = fresh.querySelector("h1").textContent;
        }
      })
      .catch(function () {
        window.setTimeout(check, seconds * 1000);
      });
  }
  window.setTimeout(check, seconds * 1000);
})();
