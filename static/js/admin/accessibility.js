/* Staff pages: what Django's admin scripts leave below WCAG 2.2 AA, mended where they create it.
   - The search icon of a two-list selection (SelectFilter2) is a <span> with aria-label and no role: an image.
   - A file field with a current file is a fieldset whose legend names it; the "Change:" input in it has no label
     of its own, so it gets the legend's words as its name.
   - A row of a table of inline rows (opening hours, ...) labels its fields only by the column headings: each
     field gets its column's heading and its row's number as its name ("Opens, row 2"). */
"use strict";
(function () {
  function mend(root) {
    for (const icon of root.querySelectorAll(".help-tooltip[aria-label]:not([role])")) {
      icon.setAttribute("role", "img");
    }
    for (const input of root.querySelectorAll("fieldset input[type=file]:not([aria-label])")) {
      const legend = input.closest("fieldset").querySelector("legend");
      if (legend && !(input.labels && input.labels.length)) {
        input.setAttribute("aria-label", legend.textContent.trim().replace(/:$/, ""));
      }
    }
  }
  function nameTableRows(root) {
    for (const table of root.querySelectorAll(".tabular table")) {
      const headings = {};
      let deleteHeading = "";
      for (const th of table.querySelectorAll("thead th")) {
        const column = [...th.classList].find((name) => name.startsWith("column-"));
        const words = th.textContent.trim();
        if (column) headings[column.slice("column-".length)] = words;
        else if (words) deleteHeading = words;
      }
      const rows = [...table.querySelectorAll("tbody tr.form-row:not(.empty-form)")];
      rows.forEach(function (row, index) {
        for (const cell of row.querySelectorAll("td")) {
          const field = [...cell.classList].find((name) => name.startsWith("field-"));
          const heading = field
            ? headings[field.slice("field-".length)]
            : cell.classList.contains("delete") && deleteHeading;
          if (!heading) continue;
          for (const control of cell.querySelectorAll("input:not([type=hidden]), select, textarea")) {
            if (control.getAttribute("aria-label") || (control.labels && control.labels.length)) continue;
            const row = typeof gettext === "function" ? gettext("row") : "row";
            control.setAttribute("aria-label", `${heading.replace(/[:?]$/, "")}, ${row} ${index + 1}`);
          }
        }
      });
    }
  }

  function start() {
    mend(document);
    nameTableRows(document);
    document.addEventListener("formset:added", () => nameTableRows(document));
    new MutationObserver(function (changes) {
      for (const change of changes) {
        for (const node of change.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE) mend(node.parentNode || node);
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
