#!/usr/bin/env node
// Serves the assembled static site on 127.0.0.1 with the headers Hearth wants:
// COOP/COEP (cross-origin isolation for the threaded build), correct MIME types, no caching.
// Usage: node scripts/serve.js --root DIR [--port 8080] [--no-isolation]   (port 0 picks a free one)
// --no-isolation leaves COOP/COEP out, as on a plain static host: the page then runs the
// single-threaded build (the e2e tests run every story both ways).
// Prints "serving http://127.0.0.1:PORT/" once listening. Used by scripts/demo and the e2e tests.
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ttf': 'font/ttf', '.woff2': 'font/woff2', '.css': 'text/css; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

// `overrides` (tests only): {"/path": body} served instead of the file.
function createServer(root, { isolate = true, overrides = {} } = {}) {
  root = path.resolve(root);
  return http.createServer((req, res) => {
    const headers = {
      ...(isolate ? {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Cross-Origin-Resource-Policy': 'same-origin',
      } : {}),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers); res.end(); return;
    }
    let rel;
    try { rel = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { rel = null; }
    if (rel === null || rel.includes('\0')) { res.writeHead(400, headers); res.end('bad request'); return; }
    if (rel.endsWith('/')) rel += 'index.html';
    if (Object.prototype.hasOwnProperty.call(overrides, rel)) {
      const body = Buffer.from(overrides[rel]);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(rel)] || 'application/octet-stream',
                           'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const file = path.join(root, path.normalize(rel));
    if (file !== root && !file.startsWith(root + path.sep)) { res.writeHead(403, headers); res.end('forbidden'); return; }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) { res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }); res.end('not found'); return; }
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
                           'Content-Length': st.size });
      if (req.method === 'HEAD') { res.end(); return; }
      fs.createReadStream(file).pipe(res);
    });
  });
}

function listen(root, port, options = {}) {
  return new Promise((resolve, reject) => {
    const server = createServer(root, options);
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }));
  });
}

module.exports = { createServer, listen };

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt; };
  const root = opt('--root', null);
  const port = Number(opt('--port', '8080'));
  if (!root || !fs.existsSync(path.join(root, 'index.html'))) {
    console.error(`serve.js: no site at ${root} (index.html missing): build it first (scripts/demo --build-only)`);
    process.exit(2);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) { console.error(`serve.js: bad port ${port}`); process.exit(2); }
  listen(root, port, { isolate: !args.includes('--no-isolation') }).then(({ url }) => console.log(`serving ${url}`), (e) => {
    console.error(`serve.js: cannot listen on 127.0.0.1:${port}: ${e.message}`); process.exit(1);
  });
}
