// Card-reader screens: the PIN pad, the return to the start screen after inactivity, and the automatic return after
// a finished visit. htmx swaps the body on every step (hx-boost), so everything is (re)armed after each swap.
(function () {
  'use strict';
  // htmx re-runs scripts found in swapped content; listeners must be added once only.
  if (window.oqsKioskArmed) return;
  window.oqsKioskArmed = true;
  let idleTimer = null;
  let returnTimer = null;

  function arm() {
    clearTimeout(idleTimer);
    clearTimeout(returnTimer);
    const screen = document.getElementById('kiosk-screen');
    if (!screen) return;
    const idle = parseInt(screen.dataset.idleMs || '0', 10);
    if (idle > 0 && screen.dataset.step !== 'PLACE_CARD') {
      // One second after the server's own timeout, so the server already treats the flow as over.
      idleTimer = setTimeout(() => window.location.assign('/kiosk'), idle + 1000);
    }
    const restart = document.querySelector('[data-auto-submit-ms]');
    if (restart) {
      returnTimer = setTimeout(() => restart.requestSubmit(), parseInt(restart.dataset.autoSubmitMs, 10));
    }
  }

  document.addEventListener('click', (event) => {
    const key = event.target.closest('[data-pin-digit], [data-pin-clear]');
    if (!key) return;
    const pin = document.getElementById('pin');
    if (!pin) return;
    if (key.hasAttribute('data-pin-clear')) {
      pin.value = '';
    } else if (pin.value.length < 4) {
      pin.value += key.dataset.pinDigit;
    }
  });

  document.addEventListener('DOMContentLoaded', arm);
  document.addEventListener('htmx:afterSettle', arm);
})();
