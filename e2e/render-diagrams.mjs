#!/usr/bin/env node
// Renders every bpmn/*.bpmn with the bpmn-js viewer in headless Chromium (npm run check:diagrams).
//
// A tiny HTTP server on 127.0.0.1 (random port) serves a page with the viewer (the pinned npm
// package bpmn-js, its UMD bundle) and the diagrams; for each diagram the page imports the XML with
// viewer.importXML(xml) and the check fails if the import throws, returns warnings, or a flow
// element of the process(es) has no graphical element in the element registry. Each diagram is
// written as a PNG (zoom 'fit-viewport') to target/e2e/diagrams/<name>.png. One line per diagram;
// exit 1 on any problem. Needs no running application.
//
// Settings (environment): DIAGRAMS_DIR (bpmn), DIAGRAMS_OUT (target/e2e/diagrams),
// CHROMIUM_PATH (/usr/bin/chromium).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { launchBrowser } from './browser.mjs';

const require = createRequire(import.meta.url);
const DIAGRAMS_DIR = process.env.DIAGRAMS_DIR || 'bpmn';
const OUT = process.env.DIAGRAMS_OUT || path.join('target', 'e2e', 'diagrams');
const BPMN_JS_DIR = path.dirname(require.resolve('bpmn-js/package.json'));
const BPMN_JS_VERSION = JSON.parse(fs.readFileSync(path.join(BPMN_JS_DIR, 'package.json'), 'utf8')).version;

// Flow elements that have no shape of their own by the BPMN spec (a data object is drawn through its
// references).
const NOT_DRAWN = new Set(['bpmn:DataObject']);

const PAGE = `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>bpmn-js ${BPMN_JS_VERSION}</title>
  <link rel="stylesheet" href="/assets/diagram-js.css">
  <link rel="stylesheet" href="/assets/bpmn-js.css">
  <style>
    html, body { margin: 0; background: #fff; }
    #canvas { width: 1600px; height: 1000px; }
  </style>
</head>
<body>
  <div id="canvas"></div>
  <script src="/bpmn-viewer.js"></script>
  <script>
    // Imports one diagram into a fresh viewer; returns what the check needs.
    window.renderDiagram = async function (url) {
      if (window.viewer) {
        window.viewer.destroy();
      }
      document.getElementById('canvas').style.height = '1000px';
      const viewer = (window.viewer = new BpmnJS({ container: '#canvas' }));
      const xml = await (await fetch(url)).text();
      let warnings;
      try {
        ({ warnings } = await viewer.importXML(xml));
      } catch (error) {
        return { error: error.message, warnings: (error.warnings || []).map(w => w.message) };
      }
      const registry = viewer.get('elementRegistry');
      const definitions = viewer.getDefinitions();
      const processes = definitions.rootElements.filter(e => e.$type === 'bpmn:Process');
      const flowElements = [];
      const collect = container => {
        for (const element of container.flowElements || []) {
          flowElements.push(element);
          collect(element);
        }
      };
      processes.forEach(collect);
      const notDrawn = flowElements.filter(e => !${JSON.stringify([...NOT_DRAWN])}.includes(e.$type));
      const missing = notDrawn.filter(e => !registry.get(e.id)).map(e => e.$type.replace('bpmn:', '') + ' ' + e.id);
      // the canvas takes the diagram's proportions (1600 px wide), then the diagram fills it
      const canvas = viewer.get('canvas');
      const inner = canvas.viewbox().inner;
      const height = Math.round(1600 * (inner.height + 60) / Math.max(inner.width + 60, 1));
      document.getElementById('canvas').style.height = Math.max(300, Math.min(1600, height)) + 'px';
      canvas.resized();
      canvas.zoom('fit-viewport', 'auto');
      return {
        warnings: warnings.map(w => w.message),
        processes: processes.map(p => p.id),
        flowElements: notDrawn.length,
        shapes: registry.getAll().length,
        missing
      };
    };
  </script>
</body>
</html>`;

/** The only files the server hands out: the page, the viewer, its assets and the diagrams. */
function routes(diagrams) {
  const files = new Map([
    ['/bpmn-viewer.js', [path.join(BPMN_JS_DIR, 'dist', 'bpmn-viewer.production.min.js'), 'text/javascript']],
    ['/assets/diagram-js.css', [path.join(BPMN_JS_DIR, 'dist', 'assets', 'diagram-js.css'), 'text/css']],
    ['/assets/bpmn-js.css', [path.join(BPMN_JS_DIR, 'dist', 'assets', 'bpmn-js.css'), 'text/css']]
  ]);
  for (const name of diagrams) {
    files.set(`/diagrams/${encodeURIComponent(name)}`, [path.join(DIAGRAMS_DIR, name), 'application/xml']);
  }
  return files;
}

function serve(files) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(PAGE);
      return;
    }
    const file = files.get(url.pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': `${file[1]}; charset=utf-8` });
    fs.createReadStream(file[0]).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function main() {
  const diagrams = fs
    .readdirSync(DIAGRAMS_DIR)
    .filter(name => name.endsWith('.bpmn'))
    .sort();
  if (diagrams.length === 0) {
    throw new Error(`no .bpmn file in ${DIAGRAMS_DIR}/`);
  }
  fs.mkdirSync(OUT, { recursive: true });

  const server = await serve(routes(diagrams));
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(`[diagrams] bpmn-js ${BPMN_JS_VERSION} viewer at ${base}, ${diagrams.length} diagram(s) from ${DIAGRAMS_DIR}/`);

  const browser = await launchBrowser();
  let failed = 0;
  try {
    const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
    const pageErrors = [];
    page.on('pageerror', error => pageErrors.push(error.message));
    await page.goto(`${base}/`);
    await page.waitForFunction(() => typeof window.BpmnJS === 'function' && typeof window.renderDiagram === 'function', null, {
      timeout: 30000
    });

    for (const name of diagrams) {
      const png = path.join(OUT, `${path.basename(name, '.bpmn')}.png`);
      pageErrors.length = 0;
      const problems = [];
      let result;
      try {
        result = await page.evaluate(url => window.renderDiagram(url), `/diagrams/${encodeURIComponent(name)}`);
      } catch (error) {
        result = { error: error.message, warnings: [] };
      }
      if (result.error) {
        problems.push(`import failed: ${result.error}`);
      }
      if (result.warnings.length > 0) {
        problems.push(`${result.warnings.length} import warning(s): ${result.warnings.join(' | ')}`);
      }
      if (!result.error) {
        if (result.processes.length === 0) {
          problems.push('no process');
        } else if (result.flowElements === 0) {
          problems.push('the process(es) have no flow element');
        }
        if (result.missing.length > 0) {
          problems.push(`${result.missing.length} flow element(s) without a shape or edge: ${result.missing.join(', ')}`);
        }
        await page.locator('#canvas').screenshot({ path: png });
      }
      if (pageErrors.length > 0) {
        problems.push(`page error(s): ${pageErrors.join(' | ')}`);
      }

      if (problems.length > 0) {
        failed += 1;
        console.log(`FAIL ${name}: ${problems.join('; ').replace(/\s+/g, ' ')}`);
      } else {
        console.log(
          `ok   ${name}: ${result.flowElements} flow elements of ${result.processes.join(', ')} drawn, no warnings -> ${png}`
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  console.log(`diagrams: ${diagrams.length - failed} passed, ${failed} failed`);
  if (failed > 0) {
    process.exit(1);
  }
}

main().catch(error => {
  console.error(`[diagrams] FAILED: ${error.message}`);
  process.exit(1);
});
