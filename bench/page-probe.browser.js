// Runs in the page before its own scripts (bench/page-probe.ts). Plain JavaScript, so that it
// reaches the browser exactly as written.
(() => {
  const events = [];
  window.__benchEvents = events;
  // The bench waits on these instead of polling the page, which would take main-thread time from it.
  const waiting = [];
  window.__benchShown = (text) =>
    new Promise((resolve) => {
      if (events.some((event) => event.kind === 'count' && event.text === text && event.paintedAt !== undefined)) resolve();
      else waiting.push({ text, resolve });
    });
  let lastCount = '';
  let firstRow = false;
  const log = (kind, text) => {
    const event = { kind, text, at: performance.now() };
    events.push(event);
    // The frame that shows the change is painted after its requestAnimationFrame callbacks.
    requestAnimationFrame(() =>
      setTimeout(() => {
        event.paintedAt = performance.now();
        for (const waiter of waiting.filter((w) => kind === 'count' && w.text === text)) waiter.resolve();
      }, 0),
    );
  };
  const check = () => {
    if (!firstRow) {
      const table = document.querySelector('table[aria-label="Imports"]');
      firstRow = Boolean(table && table.querySelector('tbody tr:not([aria-hidden]) td'));
      if (firstRow) log('first-row', '');
    }
    for (const region of document.querySelectorAll('[aria-live]')) {
      const text = region.textContent || '';
      if (!/^(Showing|Loading)/.test(text) || text === lastCount) continue;
      lastCount = text;
      log('count', text);
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  for (const type of ['input', 'change']) document.addEventListener(type, () => log('input', type), true);
})();
