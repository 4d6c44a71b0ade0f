// Writing direction in the admin's editors.
// - wagtail-localize's translation editor does not set it: for a right-to-left
//   target language (Arabic), its inputs and preview are marked right to left,
//   and every piece of text it shows (the English source, a saved translation)
//   takes its direction from its own first letters, so saved Arabic reads right
//   to left beside English that reads left to right. Kept so as React re-renders.
// - Wagtail's own page and snippet editors: every text field takes its direction
//   from what is typed in it, so a page written in Arabic is edited right to left.
(function () {
  "use strict";
  var RTL_LANGUAGES = ["ar", "fa", "he", "ur"];
  var FIELDS = "textarea, input[type=text], input:not([type])";

  function autoDirection(root) {
    root.querySelectorAll(FIELDS).forEach(function (field) {
      if (!field.hasAttribute("dir")) {
        field.setAttribute("dir", "auto");
      }
    });
  }

  function markTextLeaves(root) {
    root.querySelectorAll("li p, li span, li div").forEach(function (element) {
      if (!element.hasAttribute("dir") && element.children.length === 0 && element.textContent.trim()) {
        element.setAttribute("dir", "auto");
      }
    });
  }

  var editor = document.querySelector(".js-translation-editor[data-props]");
  if (!editor) {
    var form = document.querySelector("form[data-edit-form]") || document.querySelector("main form");
    if (form) {
      autoDirection(form);
      new MutationObserver(function () {
        autoDirection(form);
      }).observe(form, { childList: true, subtree: true });
    }
    return;
  }
  var code;
  try {
    code = JSON.parse(editor.dataset.props).locale.code;
  } catch (error) {
    return;
  }
  if (RTL_LANGUAGES.indexOf(code.split("-")[0]) === -1) {
    return;
  }
  function mark(root) {
    editor.setAttribute("data-target-dir", "rtl");
    root.querySelectorAll("textarea, input[type=text], [contenteditable=true], iframe").forEach(function (field) {
      if (field.getAttribute("dir") !== "rtl") {
        field.setAttribute("dir", "rtl");
        field.setAttribute("lang", code);
      }
    });
    markTextLeaves(root);
  }
  mark(editor);
  new MutationObserver(function () {
    mark(editor);
  }).observe(editor, { childList: true, subtree: true });
  // The preview panel opens outside the editor element.
  document.querySelectorAll("[data-side-panel='preview'] iframe").forEach(function (frame) {
    frame.addEventListener("load", function () {
      try {
        frame.contentDocument.documentElement.setAttribute("dir", "rtl");
      } catch (error) {
        // A cross-origin preview cannot be reached; the page's own dir="rtl" applies.
      }
    });
  });
})();
