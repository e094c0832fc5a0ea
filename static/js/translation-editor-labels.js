// wagtail-localize's translation editor writes two of its labels in English inside its own script
// ("Русский to Кыргызча translation" and the hidden "More actions"). This puts the editor's language in,
// whenever the editor (re)draws them.
(function () {
  const script = document.currentScript;
  const heading = script.dataset.heading;
  const moreActions = script.dataset.moreActions;
  const englishHeading = /^(.+) to (.+) translation$/;

  // Writes only a changed text: each write is a mutation the observer below sees.
  function setText(element, text) {
    if (element.textContent !== text) {
      element.textContent = text;
    }
  }

  function relabel(root) {
    root.querySelectorAll("h3").forEach(function (element) {
      const match = element.textContent.match(englishHeading);
      if (match) {
        setText(element, heading.replace("{source}", match[1]).replace("{target}", match[2]));
      }
    });
    root.querySelectorAll(".w-sr-only").forEach(function (element) {
      if (element.textContent === "More actions") {
        setText(element, moreActions);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    const editor = document.querySelector(".js-translation-editor");
    if (editor) {
      relabel(editor);
      new MutationObserver(function () {
        relabel(editor);
      }).observe(editor, { childList: true, subtree: true });
    }
  });
})();
