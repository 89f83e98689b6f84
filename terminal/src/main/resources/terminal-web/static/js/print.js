// 閲覧方法 c: the 印刷 button opens the browser's print dialog (the print stylesheet hides navigation).
document.addEventListener('click', (event) => {
  if (event.target.closest('[data-print]')) window.print();
});
