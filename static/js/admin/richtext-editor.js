// The portal's rich-text editor in the admin (preset "portal", see portal/richtext.py).
//
// django-prose-editor's building blocks, started here instead of by its "configurable" preset, so that
// - the editor works under the admin's content security policy: its base stylesheet carries the page's
//   nonce (taken from the import map the widget renders with it), nothing else is inline;
// - tooltips and dialogs are German: the library's button titles go through gettext (messages in
//   locale_overrides/de/LC_MESSAGES/djangojs.po), and the table dialog is our own;
// - a new table has a header row unless the editor unticks it;
// - the editing area has the field's language and direction (lang, dir from the textarea) and spell-checking.
import * as prose from "django-prose-editor/editor";

const SELECTOR = "[data-django-prose-editor-portal]";
const gettext = window.gettext || ((text) => text);

const tableDialog = prose.updateAttrsDialog(
  {
    rows: { type: "number", title: gettext("Rows"), format: "number", default: "2", min: "1", max: "100" },
    cols: { type: "number", title: gettext("Columns"), format: "number", default: "2", min: "1", max: "100" },
    withHeaderRow: { type: "boolean", title: gettext("Include header row") },
  },
  { title: gettext("Table Properties"), submitText: gettext("Insert") },
);

const PortalTable = prose.Table.extend({
  addCommands() {
    return {
      ...this.parent?.(),
      insertTableWithOptions:
        () =>
        ({ editor }) => {
          tableDialog(editor, { rows: "2", cols: "2", withHeaderRow: true }).then((values) => {
            if (!values) return;
            editor
              .chain()
              .focus()
              .insertTable({
                rows: Number.parseInt(values.rows, 10) || 2,
                cols: Number.parseInt(values.cols, 10) || 2,
                withHeaderRow: Boolean(values.withHeaderRow),
              })
              .run();
          });
          return true;
        },
    };
  },
});

function extensionsFrom(config) {
  const extensions = [];
  for (const [name, options] of Object.entries(config.extensions || {})) {
    const extension = name === "Table" ? PortalTable : prose[name];
    if (!extension) {
      console.warn(`rich-text editor: unknown extension ${name}`);
      continue;
    }
    extensions.push(options && typeof options === "object" ? extension.configure(options) : extension);
  }
  return extensions;
}

// The toolbar's button titles and the block-type menu's labels are English in the library: shown through
// gettext (translated when the catalog has them; icons' ligature names are left alone).
function translateMenu(root) {
  for (const element of root.querySelectorAll(".prose-menubar [title]")) {
    const title = element.getAttribute("title");
    const translated = gettext(title);
    if (translated !== title) element.setAttribute("title", translated);
  }
  for (const element of root.querySelectorAll(".prose-menubar *")) {
    if (element.children.length || !element.textContent) continue;
    const translated = gettext(element.textContent);
    if (translated !== element.textContent) element.textContent = translated;
  }
}

function createEditor(textarea) {
  if (textarea.closest(".prose-editor")) return null;
  const config = JSON.parse(textarea.getAttribute("data-django-prose-editor-portal") || "{}");
  const disabled = textarea.hasAttribute("disabled");
  const wrapper = document.createElement("div");
  wrapper.className = disabled ? "prose-editor disabled" : "prose-editor";
  textarea.before(wrapper);
  wrapper.append(textarea);
  const nonce = document.querySelector('script[type="importmap"]')?.nonce || "";
  const attributes = { spellcheck: "true" };
  if (textarea.lang) attributes.lang = textarea.lang;
  if (textarea.dir) attributes.dir = textarea.dir;
  // The editable area is what a screen reader meets: it carries the field's label as its name.
  const label = textarea.id && document.querySelector(`label[for="${textarea.id}"]`);
  if (label) attributes["aria-label"] = label.textContent.trim().replace(/:$/, "");
  const editor = new prose.Editor({
    element: wrapper,
    editable: !disabled,
    extensions: extensionsFrom(config),
    content: textarea.value,
    injectCSS: Boolean(nonce),
    injectNonce: nonce || undefined,
    editorProps: { attributes },
    onUpdate({ editor: current }) {
      const html = current.getHTML();
      textarea.value = /^<(\w+)(\s[^>]*)?><\/\1>$/i.test(html) ? "" : html;
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    },
    onDestroy() {
      wrapper.before(textarea);
      wrapper.remove();
    },
  });
  translateMenu(wrapper);
  new MutationObserver(() => translateMenu(wrapper)).observe(wrapper, { childList: true, subtree: true });
  textarea.dispatchEvent(new CustomEvent("prose-editor:ready", { detail: { editor, textarea }, bubbles: true }));
  return editor;
}

prose.initializeEditors(createEditor, SELECTOR);
