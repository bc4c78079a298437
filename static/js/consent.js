/* Consent-gated embeds, enhanced: "load this once" and "always allow" work in place, without a reload.
   Without this script both controls still work (a GET reload, a POST and redirect). Nothing here contacts
   another site by itself: a frame is only created from the inert <template> after the visitor's click. */
(function () {
  "use strict";

  function announce(section, message) {
    var status = section && section.querySelector("[data-embed-status]");
    if (!status) { return; }
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  function show(embed, focus) {
    var frame = embed.querySelector("[data-embed-frame]");
    var template = embed.querySelector("template[data-embed-template]");
    if (!frame || !template) { return false; }
    var iframe = template.content.cloneNode(true);
    frame.replaceChildren(iframe);
    embed.setAttribute("data-embed-loaded", "");
    if (focus) {
      frame.focus();
      announce(embed.closest(".embeds"), embed.getAttribute("data-loaded-message") || "");
    }
    return true;
  }

  function onceHandler(event) {
    var embed = event.currentTarget.closest("[data-embed]");
    if (embed && show(embed, true)) { event.preventDefault(); }
  }

  function allowHandler(event) {
    var form = event.currentTarget;
    var embed = form.closest("[data-embed]");
    if (!embed || !window.fetch) { return; }
    event.preventDefault();
    var button = form.querySelector("button");
    if (button) { button.disabled = true; }
    window.fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "X-Consent-Request": "fetch" }
    }).then(function (response) {
      if (!response.ok) { throw new Error("consent not stored"); }
      var provider = embed.getAttribute("data-provider");
      show(embed, true);
      document.querySelectorAll("[data-embed]").forEach(function (other) {
        if (other !== embed && other.getAttribute("data-provider") === provider) { show(other, false); }
      });
    }).catch(function () {
      form.submit();  /* fall back to the ordinary POST and redirect */
    });
  }

  document.querySelectorAll("[data-embed-once]").forEach(function (form) {
    form.addEventListener("submit", onceHandler);
  });
  document.querySelectorAll("[data-embed-allow]").forEach(function (form) {
    form.addEventListener("submit", allowHandler);
  });
})();
