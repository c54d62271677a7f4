// Main-thread script time of a page load on a throttled phone, with and
// without the site's script: node bench/lighthouse/profile.js URL...
// Uses the puppeteer-core that Lighthouse brings and Debian's Chromium.
// Prints per URL: Chromium's ScriptDuration and TaskDuration (ms, CPU 4x
// slower), and the functions that took the most time.
const puppeteer = require(__dirname + "/node_modules/puppeteer-core");
(async () => {
  const b = await puppeteer.launch({ executablePath: process.env.SIGNAAL_CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--headless=new", "--disable-gpu"] });
  for (const block of [false, true]) {
    for (const url of process.argv.slice(2)) {
      const p = await b.newPage();
      await p.setViewport({ width: 412, height: 823, isMobile: true, hasTouch: true });
      if (block) {
        await p.setRequestInterception(true);
        p.on("request", (r) => (r.url().endsWith(".js") ? r.abort() : r.continue()));
      }
      const c = await p.createCDPSession();
      await c.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await c.send("Profiler.enable");
      await c.send("Profiler.start");
      await p.goto(url, { waitUntil: "load" });
      await new Promise((r) => setTimeout(r, 1500));
      const m = await p.metrics();
      const prof = (await c.send("Profiler.stop")).profile;
      const self = {}, byId = {};
      prof.nodes.forEach((n) => (byId[n.id] = n));
      prof.samples.forEach((id, i) => {
        const f = byId[id].callFrame, k = f.functionName + " " + f.url.split("/").pop() + ":" + f.lineNumber;
        self[k] = (self[k] || 0) + (prof.timeDeltas[i] || 0) / 1000;
      });
      const top = Object.entries(self).filter(([k]) => !/^\((idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 4);
      console.log(block ? "no-js" : "js   ", url, "script", Math.round(m.ScriptDuration * 1000), "task", Math.round(m.TaskDuration * 1000), top.map(([k, v]) => k + " " + v.toFixed(0) + "ms").join(" | "));
      await p.close();
    }
  }
  await b.close();
})();
