// wagtail-localize's translation editor does not set the writing direction.
// For a right-to-left target language (Arabic), mark the editor's inputs and
// its preview right to left, and keep them so as the React editor re-renders.
(function () {
  "use strict";
  var RTL_LANGUAGES = ["ar", "fa", "he", "ur"];
  var editor = document.querySelector(".js-translation-editor[data-props]");
  if (!editor) {
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
