/* Language tabs for translated fields in the admin (our own script; nothing is loaded from another host).
 *
 * modeltranslation marks each translated widget with the class "mt mt-field-<field>-<lang>". This script
 * groups the form rows of those widgets by language and puts one row of language buttons above the form:
 * German (the source, required) first. Choosing another language shows the German row as the source
 * next to the rows of that language. Without JavaScript every field stays visible, as before.
 */
(function () {
  "use strict";

  var SOURCE = "de";
  /* Labels come translated from the server as data attributes of a German field (see admin_workflow.py). */
  var LABELS = { "Language of the translated fields": "mtTabsLabel", required: "mtRequired", "German source text": "mtSource" };
  function t(text) {
    var source = document.querySelector(".mt-default[data-mt-required]");
    return (source && source.dataset[LABELS[text]]) || text;
  }

  function languageName(code) {
    var display = document.documentElement.lang || "en";
    try {
      var name = new Intl.DisplayNames([display], { type: "language" }).of(code);
      return name.charAt(0).toUpperCase() + name.slice(1);
    } catch (error) {
      return code.toUpperCase();
    }
  }

  function languageOf(element) {
    var classes = element.className.split(/\s+/);
    for (var i = 0; i < classes.length; i += 1) {
      if (classes[i].indexOf("mt-field-") === 0) {
        var parts = classes[i].split("-");
        return parts[parts.length - 1];
      }
    }
    return null;
  }

  function init() {
    var form = document.querySelector("#content-main form");
    if (!form) {
      return;
    }
    var rows = [];
    var languages = [];
    form.querySelectorAll("[class*='mt-field-']").forEach(function (widget) {
      var row = widget.closest(".form-row");
      var lang = languageOf(widget);
      if (!row || !lang || row.dataset.mtLang) {
        return;
      }
      if (row.closest(".inline-related")) {
        return; /* inline rows keep all languages visible */
      }
      row.dataset.mtLang = lang;
      rows.push(row);
      if (languages.indexOf(lang) === -1) {
        languages.push(lang);
      }
    });
    if (languages.length < 2) {
      return;
    }
    languages.sort(function (a, b) {
      return (a === SOURCE ? -1 : 0) - (b === SOURCE ? -1 : 0);
    });

    var bar = document.createElement("div");
    bar.className = "mt-tabs";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", t("Language of the translated fields"));
    var buttons = {};

    function show(lang) {
      rows.forEach(function (row) {
        var visible = row.dataset.mtLang === lang || row.dataset.mtLang === SOURCE;
        row.hidden = !visible;
        row.classList.toggle("mt-source-row", lang !== SOURCE && row.dataset.mtLang === SOURCE);
        row.title = lang !== SOURCE && row.dataset.mtLang === SOURCE ? t("German source text") : "";
      });
      Object.keys(buttons).forEach(function (code) {
        buttons[code].setAttribute("aria-pressed", code === lang ? "true" : "false");
      });
      try {
        window.sessionStorage.setItem("mt-tab", lang);
      } catch (error) {
        /* storage not available: fine */
      }
    }

    languages.forEach(function (lang) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "mt-tab";
      button.lang = lang;
      button.textContent = languageName(lang) + " (" + lang + ")";
      if (lang === SOURCE) {
        button.classList.add("mt-tab--source");
        var mark = document.createElement("span");
        mark.className = "mt-tab__required";
        mark.textContent = " *";
        mark.title = t("required");
        button.appendChild(mark);
      }
      var hasError = rows.some(function (row) {
        return row.dataset.mtLang === lang && row.classList.contains("errors");
      });
      if (hasError) {
        button.classList.add("mt-tab--error");
      }
      button.addEventListener("click", function () {
        show(lang);
      });
      buttons[lang] = button;
      bar.appendChild(button);
    });

    var firstFieldset = form.querySelector("fieldset");
    (firstFieldset || form).parentNode.insertBefore(bar, firstFieldset || form.firstChild);

    var remembered = null;
    try {
      remembered = window.sessionStorage.getItem("mt-tab");
    } catch (error) {
      remembered = null;
    }
    var errored = languages.filter(function (lang) {
      return buttons[lang].classList.contains("mt-tab--error");
    });
    show(errored[0] || (languages.indexOf(remembered) !== -1 ? remembered : SOURCE));
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
