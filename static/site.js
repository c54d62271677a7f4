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

  // --- end issue 6 ---
})();
