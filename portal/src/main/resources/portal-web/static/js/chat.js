// シカク chat: after an answer has been appended, clear the question box and bring the answer into view.
document.addEventListener('htmx:afterRequest', function (event) {
  var form = document.getElementById('chat-form');
  if (event.detail.elt !== form || !event.detail.successful) return;
  var box = document.getElementById('question');
  box.value = '';
  box.focus();
  var last = document.querySelector('#conversation > li:last-child');
  if (last) last.scrollIntoView({block: 'nearest'});
});
// Enter sends, Shift+Enter starts a new line (the usual chat convention).
document.addEventListener('keydown', function (event) {
  if (event.target.id !== 'question' || event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
  event.preventDefault();
  document.getElementById('chat-form').requestSubmit();
});
