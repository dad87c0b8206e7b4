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
