// Quick exit: replace this page with a neutral one, so the back button does not lead here.
// Without JavaScript the button is a plain link to the same page.
document.addEventListener("click", function (event) {
  var link = event.target.closest && event.target.closest("[data-quick-exit]");
  if (!link) return;
  event.preventDefault();
  window.location.replace(link.href);
});
