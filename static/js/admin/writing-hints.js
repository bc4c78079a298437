// Writing hints beside German text fields (portal/workflow/writing.py): asks the server again while the editor
// types, a moment after the last key. A static file (no inline script under the admin's CSP); without it the
// hints of the form as it was rendered stay.
(function () {
  "use strict";
  var blocks = document.querySelectorAll(".writing-hints[data-field]");
  if (!blocks.length) {
    return;
  }
  var form = blocks[0].closest("form");
  var token = form && form.querySelector("input[name=csrfmiddlewaretoken]");
  var sent = new Map();
  var asking = new Map(); // block -> AbortController of its request in flight: only the latest answer counts
  var timer = null;

  function refresh() {
    blocks.forEach(function (block) {
      var field = form.querySelector('[name="' + block.dataset.field + '"]');
      if (!field || sent.get(block) === field.value) {
        return;
      }
      sent.set(block, field.value);
      if (asking.has(block)) {
        asking.get(block).abort();
      }
      var controller = new AbortController();
      asking.set(block, controller);
      var body = new FormData();
      body.append("text", field.value);
      body.append("rich", block.dataset.rich);
      body.append("easy", block.dataset.easy);
      fetch(block.dataset.url, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        signal: controller.signal,
        headers: { "X-CSRFToken": token ? token.value : "" },
      })
        .then(function (response) {
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          if (asking.get(block) === controller) {
            asking.delete(block);
          }
          if (html === null || controller.signal.aborted) {
            return;
          }
          var fresh = new DOMParser().parseFromString(html, "text/html").querySelector(".writing-hints");
          if (fresh) {
            block.replaceChildren.apply(block, Array.from(fresh.childNodes));
          }
        })
        .catch(function () {});
    });
  }

  blocks.forEach(function (block) {
    var field = form.querySelector('[name="' + block.dataset.field + '"]');
    if (field) {
      sent.set(block, field.value);
    }
  });
  // The rich-text editor writes its HTML into the hidden textarea; its input events bubble up to the form.
  ["input", "change", "keyup"].forEach(function (name) {
    form.addEventListener(name, function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, 700);
    });
  });
})();
