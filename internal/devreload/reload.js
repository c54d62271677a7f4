// Reloads the page when `signaal serve -dev` has rebuilt the site or has
// restarted. Only that server serves this file and adds it to its pages;
// production pages never load it.
"use strict";
(() => {
  let known = "";
  const events = new EventSource("/_dev/events");
  events.addEventListener("version", (e) => {
    if (known !== "" && e.data !== known) {
      location.reload();
    }
    known = e.data;
  });
})();
