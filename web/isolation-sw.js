// Hearth's isolation service worker (opt-in: config.json "isolation": "service-worker").
// Static hosts that cannot send headers (GitHub Pages, plain object storage) still get the
// threaded build: this worker adds Cross-Origin-Opener-Policy and -Embedder-Policy to the
// site's own responses, so the page is cross-origin isolated after one reload.
// Trade-offs (README, "Threaded and single-threaded builds"): the first visit loads the page
// twice; with require-corp every cross-origin resource must allow this page (a forum API
// answering CORS does; images need CORS or Cross-Origin-Resource-Policy); service workers need
// HTTPS (or localhost); and a member who clears site data starts single-threaded again.
'use strict';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  // Requests the page cannot make itself, and other origins (the forum, images), pass untouched.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  if (new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(request).then((response) => {
    if (response.status === 0 || response.type === 'opaque') return response;
    const headers = new Headers(response.headers);
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }));
});
