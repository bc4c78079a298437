// Print view: a "Print this page" button (the browser's own print works without it).
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll(".print-toolbar__print")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
});
