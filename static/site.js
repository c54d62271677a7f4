// Signaal's only script. It stores nothing: no cookies, no storage.
(function () {
  "use strict";

  // Quick exit: hide the page at once, blank the title, and replace this page
  // in the history with a neutral site, so Back does not return here.
  function leave(href) {
    document.documentElement.classList.add("leaving");
    document.title = "";
    window.location.replace(href);
  }
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[data-exit]");
    if (!a) return;
    e.preventDefault();
    leave(a.href);
  });
  // --- section links (issue 6) ---

  // teacher: a tap on a section link (#) copies the section's full address,
  // and says so in the status region; the link itself still moves to the
  // section, with or without this script. The language switch follows the
  // section the reader is on: pages share their section IDs across languages.
  var copied = document.getElementById("copy-status");
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a.section-link");
    if (!a || !navigator.clipboard || !window.isSecureContext) return;
    var url = location.origin + location.pathname + a.getAttribute("href");
    navigator.clipboard.writeText(url).then(function () {
      a.classList.add("copied");
      if (copied) copied.textContent = copied.getAttribute("data-copied");
      setTimeout(function () {
        a.classList.remove("copied");
        if (copied) copied.textContent = "";
      }, 2500);
    }, function () {});
  });
  var other = document.querySelector("a.lang-switch");
  function keepSection() { if (other) other.hash = location.hash; }
  keepSection();
  window.addEventListener("hashchange", keepSection);

  // --- end issue 6 ---
})();
