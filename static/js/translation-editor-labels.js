// wagtail-localize's translation editor writes two of its labels in English inside its own script
// ("Русский to Кыргызча translation" and the hidden "More actions"). This puts the editor's language in,
// whenever the editor (re)draws them.
(function () {
  const script = document.currentScript;
  const heading = script.dataset.heading;
  const moreActions = script.dataset.moreActions;
  const englishHeading = /^(.+) to (.+) translation$/;

  function relabel(root) {
    root.querySelectorAll("h3").forEach(function (element) {
      const match = element.textContent.match(englishHeading);
      if (match) {
        element.textContent = heading.replace("{source}", match[1]).replace("{target}", match[2]);
      }
    });
    root.querySelectorAll(".w-sr-only").forEach(function (element) {
      if (element.textContent === "More actions") {
        element.textContent = moreActions;
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
