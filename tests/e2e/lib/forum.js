// A scripted Discourse forum for browser tests: Playwright routes the forum's origin to our
// fixtures (tests/fixtures/discourse), answers CORS preflights, and records every request.
'use strict';
const fs = require('fs');
const path = require('path');
const h = require('./harness.js');

const FORUM = 'https://forum.example.org';
const fixtureDir = path.join(h.root, 'tests', 'fixtures', 'discourse');
const fixture = (name) => fs.readFileSync(path.join(fixtureDir, name), 'utf8');

class ScriptedForum {
  constructor(siteOrigin) {
    this.siteOrigin = siteOrigin.replace(/\/$/, '');
    this.requests = [];   // {method, path, headers, body}
    this.overrides = [];  // [{method, test(path), respond(route, request)}], first match wins, once unless keep
    this.busAnswers = []; // queued MessageBus answers (JSON text); when empty, polls get [] slowly
  }
  cors(extra = {}) {
    return { 'Access-Control-Allow-Origin': this.siteOrigin, 'Access-Control-Allow-Credentials': 'true',
             'Access-Control-Allow-Headers': 'Accept, Content-Type, X-Requested-With, X-CSRF-Token, User-Api-Key, User-Api-Client-Id, Dont-Chunk, X-SILENCE-LOGGER',
             'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS', 'Access-Control-Expose-Headers': 'Retry-After', ...extra };
  }
  json(route, status, body, headers = {}) {
    return route.fulfill({ status, contentType: 'application/json; charset=utf-8', body, headers: this.cors(headers) });
  }
  // Answers the next request matching `method` and `pattern` with `respond(route, request)`.
  once(method, pattern, respond) { this.overrides.push({ method, pattern, respond, keep: false }); }
  always(method, pattern, respond) { this.overrides.push({ method, pattern, respond, keep: true }); }

  async attach(page) {
    await page.route(FORUM + '/**', (route, request) => this.handle(route, request));
  }

  // The same forum as a real HTTP server on 127.0.0.1 (another origin than the site, so the
  // page's requests are cross-origin as they are to a real forum), for measurements that the
  // browser's request interception would distort (it copies and decodes every body). Resolves
  // to { url, close() }; use url as the page's ?api=.
  listen() {
    const http = require('http');
    const server = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const url = 'http://' + req.headers.host + req.url;
        const request = { method: () => req.method, url: () => url, headers: () => req.headers,
                          postData: () => (chunks.length ? Buffer.concat(chunks).toString('utf8') : null) };
        const route = {
          fulfill: async ({ status = 200, contentType, body = '', headers = {} }) => {
            if (res.writableEnded || res.destroyed) throw new Error('the page went away');
            const bytes = Buffer.from(body);
            res.writeHead(status, { ...headers, ...(contentType ? { 'Content-Type': contentType } : {}),
                                    'Content-Length': bytes.length, 'Cross-Origin-Resource-Policy': 'cross-origin' });
            res.end(bytes);
          },
        };
        Promise.resolve(this.handle(route, request)).catch(() => res.destroy());
      });
    });
    return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}`,
      close: () => { server.closeAllConnections(); server.close(); },
    })));
  }

  async handle(route, request) {
    const url = new URL(request.url());
    const p = url.pathname + url.search;
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: this.cors() });
    this.requests.push({ method: request.method(), path: p, headers: request.headers(), body: request.postData() });
    const i = this.overrides.findIndex((o) => o.method === request.method() && o.pattern.test(p));
    if (i >= 0) {
      const o = this.overrides[i];
      if (!o.keep) this.overrides.splice(i, 1);
      return o.respond(route, request);
    }
    return this.standard(route, request, url);
  }

  async standard(route, request, url) {
    const m = request.method(), p = url.pathname;
    const files = { '/session/current.json': 'session_current.json', '/site.json': 'site.json',
      '/site/basic-info.json': 'site_basic_info.json', '/latest.json': 'latest.json', '/t/2.json': 'topic_full.json',
      '/session/csrf.json': 'csrf.json', '/notifications.json': 'notifications.json' };
    if (m === 'GET' && files[p]) return this.json(route, 200, fixture(files[p]));
    if (m === 'GET' && p === '/t/2/posts.json') {
      const ids = url.searchParams.getAll('post_ids[]').map(Number);
      const all = JSON.parse(fixture('topic_posts.json'));
      all.post_stream.posts = all.post_stream.posts.filter((x) => ids.includes(x.id));
      return this.json(route, 200, JSON.stringify(all));
    }
    // Read tracking (the posts on screen): Discourse answers an empty 200.
    if (m === 'POST' && p === '/topics/timings') return route.fulfill({ status: 200, headers: this.cors(), body: '' });
    if (m === 'POST' && /^\/message-bus\/[0-9a-f]+\/poll$/.test(p)) {
      if (this.busAnswers.length) return this.json(route, 200, this.busAnswers.shift());
      await new Promise((r) => setTimeout(r, 1500));  // a long poll that ends with nothing new
      return this.json(route, 200, '[]').catch(() => {});
    }
    return this.json(route, 404, JSON.stringify({ errors: ['The requested URL or resource could not be found.'], error_type: 'not_found' }));
  }
  count(method, pattern) { return this.requests.filter((r) => r.method === method && pattern.test(r.path)).length; }
}

module.exports = { FORUM, ScriptedForum, fixture };
