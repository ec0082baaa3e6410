// The production build's service worker: Angular's (ngsw-worker.js, the cached app shell and
// its updates), with the service's traffic left to the browser. ngsw answers every same-origin
// request itself, fetching it for the page, so without this listener each API call (a top-up's
// POST included) and the 64 MB history would pass through the worker (waiting for it to start
// when it is asleep), and a lost answer would reach the app as ngsw's own 504 instead of a
// network failure. Registered before ngsw's listener, it stops the event from reaching it: no
// respondWith, so the browser fetches from the network as if there were no worker.
// Other origins too (an API on another host): ngsw caches only this origin's files.
self.addEventListener('fetch', (event) => {
  const { origin, pathname } = new URL(event.request.url);
  if (
    origin !== self.location.origin ||
    pathname.startsWith('/api/') ||
    pathname.startsWith('/socket.io/')
  )
    event.stopImmediatePropagation();
});

importScripts('./ngsw-worker.js');
