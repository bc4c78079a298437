/* The portal's service worker: offline reading (portal/offline). Plain JavaScript, no framework.

   It asks nothing but this site: a request to another origin is left to the browser (never fetched, never kept).
   - Pages (navigations): the network first (revalidated, so a changed page is seen at once); without a
     connection, or on a server error, the kept copy; for a page never kept, the offline page of its language.
   - A page is kept only when it is a 200 HTML page that a shared cache may keep too: staff, previews, search,
     pages showing a consented third-party frame and forms are "private" or "no-store" and never kept (a copy
     kept earlier, when the page was public, stays). A page that is gone (404, 410) is dropped. /admin/ is never
     touched.
   - Stylesheets, scripts, icons, fonts and images of this site: the kept copy first, refreshed in the background.
   - Each language's essentials (home, offline page, every office, HSU: /<lang>/offline/pages.json) are fetched
     when a page of that language first asks (message "prepare"), and again a day later.
   - Storage is bounded: at most "pages" pages read or kept by the visitor and "bytes" in all (the limits of the
     latest list of essentials, portal/offline/pages.py). Pages read and images go first (oldest first), then
     pages the visitor kept; the essentials stay.
   Pages talk to it with messages (static/js/offline.js): prepare, status, save, unsave, list, refresh, clear. */
"use strict";

const CACHE = "portal-offline-v1";
const LIMITS = { pages: 60, bytes: 20 * 1024 * 1024 };  // until a list of essentials says otherwise
const ESSENTIALS_FOR = 24 * 60 * 60 * 1000;  // the list of essentials is fetched again after a day
const REFRESH_AFTER = 60 * 60 * 1000;  // on reconnecting, pages kept longer than this are fetched again
const NEVER = [/^\/admin(\/|$)/, /^\/service-worker\.js$/, /^\/healthz$/];  // the staff's, and the machinery
const ASSET_DESTINATIONS = ["style", "script", "font", "image", "manifest"];
const RANK = { asset: 0, visited: 1, saved: 2, essential: 3, list: 3 };
const META = { kind: "x-offline-kind", stored: "x-offline-stored", size: "x-offline-size",
               title: "x-offline-title", language: "x-offline-language" };

const pending = new Map();  // url -> the store still running for it (status answers after it)
let queue = Promise.resolve();  // stores run one after another, so the bound is kept exactly

function serial(task) {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

function ours(url) {
  let parsed;
  try {
    parsed = new URL(url, self.location.href);
  } catch (error) {
    return false;
  }
  return parsed.origin === self.location.origin && !NEVER.some((pattern) => pattern.test(parsed.pathname));
}

function keepable(response) {
  if (!response || response.status !== 200 || response.type !== "basic") { return false; }
  const control = (response.headers.get("Cache-Control") || "").toLowerCase();
  return !/(^|[\s,])(private|no-store)([\s,=]|$)/.test(control);
}

function isPage(response) {
  return (response.headers.get("Content-Type") || "").toLowerCase().startsWith("text/html");
}

function decode(text) {
  const named = { amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code) => {
    if (code[0] === "#") {
      const number = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(number) ? String.fromCodePoint(number) : whole;
    }
    return named[code.toLowerCase()] || whole;
  });
}

function titleOf(html) {
  const found = /<title>([\s\S]*?)<\/title>/i.exec(html);
  return found ? decode(found[1]).replace(/\s+/g, " ").trim() : "";
}

function describe(request, response) {
  const headers = response.headers;
  return {
    url: typeof request === "string" ? request : request.url,
    kind: headers.get(META.kind) || "asset",
    stored: Number(headers.get(META.stored)) || 0,
    size: Number(headers.get(META.size)) || 0,
    title: decodeURIComponent(headers.get(META.title) || ""),
    language: headers.get(META.language) || "",
  };
}

async function entries(cache) {
  const found = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request, { ignoreVary: true });
    if (response) { found.push(describe(request, response)); }
  }
  return found;
}

async function kept(url) {
  const cache = await caches.open(CACHE);
  return cache.match(url, { ignoreVary: true });
}

async function limits(cache, all) {
  const lists = all.filter((entry) => entry.kind === "list").sort((a, b) => b.stored - a.stored);
  try {
    const given = (await (await cache.match(lists[0].url)).json()).limits;
    if (given.pages > 0 && given.bytes > 0) { return { pages: Number(given.pages), bytes: Number(given.bytes) }; }
  } catch (error) {
    /* no list kept yet, or an old one without limits */
  }
  return LIMITS;
}

async function trim(cache) {
  const all = await entries(cache);
  const bound = await limits(cache, all);
  let bytes = all.reduce((sum, entry) => sum + entry.size, 0);
  let pages = all.filter((entry) => entry.kind === "visited" || entry.kind === "saved").length;
  const removable = all
    .filter((entry) => RANK[entry.kind] < RANK.essential)
    .sort((a, b) => (a.kind === "saved") - (b.kind === "saved") || a.stored - b.stored);
  while ((bytes > bound.bytes || pages > bound.pages) && removable.length) {
    const entry = removable.shift();
    await cache.delete(entry.url);
    bytes -= entry.size;
    if (entry.kind !== "asset") { pages -= 1; }
  }
}

/* Keep ``response`` for ``url`` as ``kind``; a kind already held that ranks higher stays. */
function store(url, response, kind, language) {
  const job = serial(async () => {
    const cache = await caches.open(CACHE);
    const before = await cache.match(url, { ignoreVary: true });
    if (before) {
      const held = describe(url, before);
      if (RANK[held.kind] > RANK[kind] && kind !== "unsaved") {
        kind = held.kind;
        language = language || held.language;
      }
    }
    if (kind === "unsaved") { kind = "visited"; }
    const body = await response.blob();
    const headers = new Headers(response.headers);
    headers.set(META.kind, kind);
    headers.set(META.stored, String(Date.now()));
    headers.set(META.size, String(body.size));
    headers.set(META.language, language || "");
    headers.set(META.title, kind !== "asset" && isPage(response) ? encodeURIComponent(titleOf(await body.text())) : "");
    await cache.put(url, new Response(body, { status: 200, statusText: "OK", headers }));
    await trim(cache);
  });
  pending.set(url, job);
  job.finally(() => { if (pending.get(url) === job) { pending.delete(url); } }).catch(() => undefined);
  return job;
}

function forget(url) {
  return serial(async () => { await (await caches.open(CACHE)).delete(url); });
}

/* Fetch ``url`` from the network (revalidated) and keep it as ``kind``: "kept", "refused" or "gone". */
async function fetchAndKeep(url, kind, language) {
  const response = await fetch(url, { cache: "no-cache", credentials: "same-origin", redirect: "follow" });
  const target = response.redirected ? response.url : url;
  if (keepable(response) && (kind === "asset" || kind === "essential" || isPage(response))) {
    await store(target, response, kind, language);
    return "kept";
  }
  if (response.status === 404 || response.status === 410) {
    await forget(url);
    return "gone";
  }
  return response.status === 200 ? "refused" : "failed";
}

function revalidating(request) {
  try {
    return new Request(request, { cache: "no-cache" });
  } catch (error) {
    return request;
  }
}

async function offlinePage(url) {
  const cache = await caches.open(CACHE);
  const language = url.pathname.split("/")[1];
  const own = await cache.match(new URL(`/${language}/offline/`, self.location.href).href, { ignoreVary: true });
  if (own) { return own; }
  for (const entry of await entries(cache)) {
    if (entry.kind === "essential" && new URL(entry.url).pathname.endsWith("/offline/")) {
      return cache.match(entry.url, { ignoreVary: true });
    }
  }
  const said = await offlineText(cache, language);
  // Nothing kept yet (not even a list): a network error, so the browser shows its own offline page in the
  // visitor's language, rather than an empty page of ours.
  if (!said.text) { return Response.error(); }
  const headers = { "Content-Type": "text/plain; charset=utf-8" };
  if (said.language) { headers["Content-Language"] = said.language; }
  return new Response(said.text, { status: 503, headers });
}

async function offlineText(cache, language) {
  // The text of the language's list of essentials (essentials() in portal/offline/views.py); before any list is
  // kept there is no text in any language.
  const lists = (await entries(cache)).filter((entry) => entry.kind === "list")
    .sort((a, b) => (b.language === language) - (a.language === language) || b.stored - a.stored);
  for (const list of lists) {
    try {
      const text = (await (await cache.match(list.url)).json()).offline_text;
      if (text) { return { text, language: list.language }; }
    } catch (error) {
      /* an old list without the text */
    }
  }
  return { text: "", language: "" };
}

async function navigate(event) {
  const request = event.request;
  let response;
  try {
    response = await fetch(revalidating(request));
  } catch (error) {
    return (await kept(request.url)) || offlinePage(new URL(request.url));
  }
  if (response.status >= 500) {
    const copy = await kept(request.url);
    if (copy) { return copy; }
  }
  if (keepable(response) && isPage(response)) {
    event.waitUntil(store(request.url, response.clone(), "visited").catch(() => undefined));
  } else if (response.status === 404 || response.status === 410) {
    event.waitUntil(forget(request.url).catch(() => undefined));  // the page is gone
  }
  return response;
}

async function asset(event) {
  const request = event.request;
  const copy = await kept(request.url);
  const fresh = fetch(request).then((response) => {
    if (keepable(response)) {
      const held = copy ? describe(request, copy) : null;
      return store(request.url, response.clone(), held ? held.kind : "asset", held ? held.language : "")
        .catch(() => undefined).then(() => response);
    }
    return response;
  });
  if (copy) {
    event.waitUntil(fresh.catch(() => undefined));
    return copy;
  }
  return fresh;
}

self.addEventListener("install", () => { self.skipWaiting(); });

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("portal-offline-") && name !== CACHE) { await caches.delete(name); }
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !ours(request.url)) { return; }  // another site, or never ours to keep
  if (request.mode === "navigate") {
    event.respondWith(navigate(event));
  } else if (ASSET_DESTINATIONS.includes(request.destination)) {
    event.respondWith(asset(event));
  }
});

/* --- Messages from the pages ------------------------------------------------------------------------------ */
async function inPool(items, size, task) {
  const waiting = items.slice();
  const workers = Array.from({ length: size }, async () => {
    while (waiting.length) { await task(waiting.shift()).catch(() => undefined); }
  });
  await Promise.all(workers);
}

async function prepare(listUrl, pageUrl) {
  const cache = await caches.open(CACHE);
  await (pending.get(pageUrl) || Promise.resolve()).catch(() => undefined);
  if (pageUrl && !(await cache.match(pageUrl, { ignoreVary: true }))) {
    await fetchAndKeep(pageUrl, "visited").catch(() => undefined);  // read before this worker took over
  }
  const stamp = await cache.match(listUrl);
  if (stamp && Date.now() - describe(listUrl, stamp).stored < ESSENTIALS_FOR) {
    return { ok: true, language: describe(listUrl, stamp).language };
  }
  const response = await fetch(listUrl, { cache: "no-cache", credentials: "same-origin" });
  if (!keepable(response)) { return { ok: false }; }
  const list = await response.clone().json();
  const pages = list.pages.filter(ours).map((url) => new URL(url, self.location.href).href);
  const assets = list.assets.filter(ours).map((url) => new URL(url, self.location.href).href);
  await inPool(pages.concat(assets), 3, (url) => fetchAndKeep(url, "essential", list.language));
  const wanted = new Set(pages.concat(assets));
  for (const entry of await entries(cache)) {  // what the list no longer names becomes an ordinary page
    if (entry.kind === "essential" && entry.language === list.language && !wanted.has(entry.url)) {
      const copy = await cache.match(entry.url, { ignoreVary: true });
      if (copy) { await store(entry.url, copy, "unsaved"); }
    }
  }
  await store(listUrl, response, "list", list.language);
  return { ok: true, language: list.language };
}

async function status(url) {
  await (pending.get(url) || Promise.resolve()).catch(() => undefined);
  const copy = await kept(url);
  return { ok: true, kind: copy ? describe(url, copy).kind : null };
}

async function save(url) {
  let result;
  try {
    result = await fetchAndKeep(url, "saved");
  } catch (error) {
    const copy = await kept(url);  // no connection: keep the copy already here
    if (!copy) { return { ok: false, reason: "failed" }; }
    await store(url, copy, "saved");
    result = "kept";
  }
  return { ok: result === "kept", reason: result };
}

async function unsave(url) {
  const copy = await kept(url);
  if (copy && describe(url, copy).kind === "saved") { await store(url, copy, "unsaved"); }
  return status(url);
}

async function list() {
  const cache = await caches.open(CACHE);
  const all = await entries(cache);
  const bound = await limits(cache, all);
  const pages = all
    .filter((entry) => ["visited", "saved", "essential"].includes(entry.kind) && entry.title)
    .sort((a, b) => b.stored - a.stored);
  return {
    ok: true,
    pages,
    bytes: all.reduce((sum, entry) => sum + entry.size, 0),
    maxBytes: bound.bytes,
    maxPages: bound.pages,
  };
}

async function refresh() {
  const old = (await entries(await caches.open(CACHE)))
    .filter((entry) => ["visited", "saved", "essential"].includes(entry.kind) && Date.now() - entry.stored > REFRESH_AFTER);
  await inPool(old, 2, (entry) => fetchAndKeep(entry.url, entry.kind, entry.language));
  return { ok: true, refreshed: old.length };
}

async function clear() {
  await serial(() => caches.delete(CACHE));
  return { ok: true };
}

const HANDLERS = {
  prepare: (data) => prepare(data.list, data.page),
  status: (data) => status(data.url),
  save: (data) => save(data.url),
  unsave: (data) => unsave(data.url),
  list: () => list(),
  refresh: () => refresh(),
  clear: () => clear(),
};

self.addEventListener("message", (event) => {
  const data = event.data || {};
  const port = event.ports && event.ports[0];
  const handler = HANDLERS[data.type];
  const urls = [data.url, data.list, data.page].filter((value) => value !== undefined);
  const job = handler && urls.every((url) => typeof url === "string" && ours(url))
    ? handler(data).catch(() => ({ ok: false, reason: "failed" }))
    : Promise.resolve({ ok: false, reason: "refused" });
  event.waitUntil(job.then((reply) => { if (port) { port.postMessage(reply); } }));
});
