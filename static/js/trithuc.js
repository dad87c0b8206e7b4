// TriThuc's only script (no inline scripts: the Content-Security-Policy forbids them).
// A form or button with data-confirm="question" asks before it submits.
document.addEventListener("submit", (event) => {
  const form = event.target;
  const button = event.submitter;
  const question = (button && button.dataset.confirm) || form.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Phones (#17.6): the main menu folds behind the "Menu" button, and filters marked `details.fold-narrow`
// start folded, so the first figure is on the first screen. Without this script the menu wraps and the
// filters stay open: nothing is lost, the page only gets longer.
const NARROW = window.matchMedia("(max-width: 767.98px)");

function menuFold() {
  const toggle = document.querySelector(".menu-toggle");
  const menu = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (!menu) {
    return;
  }
  const nav = menu.closest("nav");
  const show = (open) => {
    nav.classList.toggle("menu-open", open);
    toggle.setAttribute("aria-expanded", String(open));
  };
  nav.classList.add("menu-folds");
  toggle.hidden = false;
  show(false);
  toggle.addEventListener("click", () => show(!nav.classList.contains("menu-open")));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && nav.classList.contains("menu-open")) {
      show(false);
      toggle.focus();
    }
  });
}

function filtersFold() {
  if (NARROW.matches) {
    document.querySelectorAll("details.fold-narrow[open]").forEach((fold) => {
      fold.open = false;
    });
  }
}

menuFold();
filtersFold();
// A phone turned sideways past the breakpoint hides the fold's summary: show the filters again.
NARROW.addEventListener("change", () => {
  if (!NARROW.matches) {
    document.querySelectorAll("details.fold-narrow").forEach((fold) => {
      fold.open = true;
    });
  }
});

// A folded part of a long form (#15.5) opens when the browser finds a field in it that it will not send (a date
// not written dd/mm/yyyy) or when a link of the error summary leads into it. Without this script the error
// summary after saving still opens the parts with errors: the server marks them open.
function openFoldsAround(element) {
  for (let fold = element && element.closest("details"); fold; fold = fold.parentElement.closest("details")) {
    fold.open = true;
  }
}

document.addEventListener("invalid", (event) => openFoldsAround(event.target), true);
document.addEventListener("click", (event) => {
  const link = event.target.closest && event.target.closest('a[href^="#"]');
  const target = link && link.getAttribute("href").length > 1 && document.getElementById(link.getAttribute("href").slice(1));
  if (target) {
    openFoldsAround(target);
  }
});
