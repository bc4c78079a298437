/* Offline reading, enhanced (portal/offline): registers the portal's service worker (static/js/offline-worker.js,
   served at /service-worker.js), asks it to keep this language's essentials, shows the "keep for offline reading"
   and "share link" controls and, on the offline page, lists what this device keeps and the storage it uses.
   Without JavaScript or service workers nothing changes: the controls stay hidden and every page works as before.
   Nothing here contacts another site. When all is set up, <html> carries data-offline-ready. */
(function () {
  "use strict";

  var script = document.currentScript;
  var root = document.documentElement;
  var tools = document.querySelector("[data-offline-tools]");
  var status = tools && tools.querySelector("[data-offline-status]");

  function say(text) {
    if (status) { status.textContent = text || ""; }
  }

  function canonicalUrl() {
    var link = document.querySelector("link[rel=canonical]");
    return link ? link.href : window.location.href;
  }

  /* "Share link": the system's share sheet where there is one, else the clipboard, else the link shown. All of
     it works without a connection (the link is the page's permanent address, from the page itself). */
  function setUpShare() {
    var button = tools && tools.querySelector("[data-share]");
    if (!button) { return; }
    button.addEventListener("click", function () {
      var url = canonicalUrl();
      var copied = (tools.getAttribute("data-copied-text") || "") + " " + url;
      if (navigator.share) {
        navigator.share({ title: document.title, url: url }).catch(function () { return undefined; });
      } else if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(function () { say(copied); }, function () { say(url); });
      } else {
        say(url);
      }
    });
  }

  if (tools) {
    tools.hidden = false;  /* the share control needs only JavaScript */
    setUpShare();
  }

  if (!script || !("serviceWorker" in navigator) || !window.MessageChannel || !window.caches) {
    return;  /* the "keep" control stays hidden */
  }

  var listUrl = script.getAttribute("data-pages");
  var registered = navigator.serviceWorker.register(script.getAttribute("data-worker"));

  function ask(message) {
    return registered.then(function () { return navigator.serviceWorker.ready; }).then(function (registration) {
      return new Promise(function (resolve) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) { resolve(event.data || {}); };
        registration.active.postMessage(message, [channel.port2]);
      });
    });
  }

  /* The "keep for offline reading" control: pressed while the visitor keeps this page. */
  var save = tools && tools.querySelector("[data-offline-save]");
  var here = window.location.href.split("#")[0];

  function show(kind) {
    if (!save) { return; }
    tools.setAttribute("data-offline-kind", kind || "");
    save.setAttribute("aria-pressed", kind === "saved" ? "true" : "false");
    var text = { saved: "data-kept-text", visited: "data-read-text", essential: "data-essential-text" }[kind];
    say(text ? tools.getAttribute(text) : "");
  }

  if (save) {
    save.addEventListener("click", function () {
      var keeping = save.getAttribute("aria-pressed") !== "true";
      save.disabled = true;
      ask({ type: keeping ? "save" : "unsave", url: here }).then(function (reply) {
        save.disabled = false;
        if (reply.ok) {
          return ask({ type: "status", url: here }).then(function (state) { show(state.kind); });
        }
        say(tools.getAttribute(reply.reason === "refused" ? "data-refused-text" : "data-failed-text"));
        return undefined;
      });
    });
  }

  /* The offline page: what this device keeps, and how much storage it uses. */
  var listing = document.querySelector("[data-offline-list]");

  function formatBytes(bytes) {
    var megabytes = bytes / (1024 * 1024);
    try {
      return new Intl.NumberFormat(root.lang, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 })
        .format(megabytes);
    } catch (error) {
      return megabytes.toFixed(1) + " MB";
    }
  }

  function fill(reply) {
    var none = listing.querySelector("template[data-offline-none]");
    listing.querySelectorAll("[data-offline-group]").forEach(function (group) {
      var kind = group.getAttribute("data-offline-group");
      var pages = reply.pages.filter(function (page) { return page.kind === kind; });
      group.replaceChildren();
      pages.forEach(function (page) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = page.url;
        link.textContent = page.title;
        link.dir = "auto";
        item.appendChild(link);
        group.appendChild(item);
      });
      if (!pages.length && none) { group.appendChild(none.content.cloneNode(true)); }
    });
    listing.querySelector("[data-offline-used]").textContent = formatBytes(reply.bytes);
    listing.querySelector("[data-offline-limit]").textContent = formatBytes(reply.maxBytes);
    listing.hidden = false;
    listing.setAttribute("data-offline-listed", "");
    var unsupported = document.querySelector("[data-offline-unsupported]");
    if (unsupported) { unsupported.hidden = true; }
  }

  function list() {
    return ask({ type: "list" }).then(fill);
  }

  if (listing) {
    if (window.location.pathname !== listing.getAttribute("data-offline-page")) {
      var missing = document.querySelector("[data-offline-missing]");
      if (missing) { missing.hidden = false; }
    }
    var clear = listing.querySelector("[data-offline-clear]");
    clear.addEventListener("click", function () {
      ask({ type: "clear" }).then(list).then(function () {
        var cleared = listing.querySelector("[data-offline-cleared-status]");
        cleared.textContent = cleared.getAttribute("data-cleared-text");
      });
    });
  }

  /* Keep this language's essentials; then show the state. */
  /* A page the worker did not answer (the first one, before the worker took over) is handed to it to keep. */
  var first = navigator.serviceWorker.controller ? undefined : here;
  ask({ type: "prepare", list: listUrl, page: first }).then(function (reply) {
    if (save) { save.hidden = false; }  /* the worker answers: keeping works */
    if (reply.ok) { root.setAttribute("data-offline-ready", reply.language || ""); }
    var next = listing ? list() : Promise.resolve();
    return next.then(function () { return save ? ask({ type: "status", url: here }) : null; });
  }).then(function (state) {
    if (state) { show(state.kind); }
  }).catch(function () { return undefined; });

  /* Back online: pages kept for a while are fetched again in the background. */
  window.addEventListener("online", function () {
    ask({ type: "refresh" }).then(function () { return listing ? list() : null; });
  });
})();
