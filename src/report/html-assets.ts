/**
 * The inline stylesheet and script of the HTML report. They are constants:
 * the page's Content-Security-Policy allows exactly these two by hash, so
 * nothing else (no injected `<script>`, no `style=` attribute, no inline
 * event handler) can run or apply.
 *
 * @module
 */
import {createHash} from 'node:crypto'

export const STYLE = `
:root{color-scheme:light dark;--bg:#fbfbf8;--fg:#1d1f21;--muted:#5b6168;--line:#d9dcdf;--card:#ffffff;--accent:#1f5fa8;
--differ:#b3261e;--differ-bg:#fde8e6;--agree:#1e6b34;--agree-bg:#e3f4e6;--single:#5c4a00;--single-bg:#f5efd6;
--mark:#ffe58a;--mark-fg:#1d1f21;--del:#b3261e;--del-bg:#fde2df;--ins:#1e6b34;--ins-bg:#dcf3e0;--chrome:#8a9096;--chrome-bg:#eceeef}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e6e6e3;--muted:#a2a8ae;--line:#33383d;--card:#1d2024;--accent:#8ab8f0;
--differ:#ff9b92;--differ-bg:#4a1d1a;--agree:#8fdc9f;--agree-bg:#17361f;--single:#e8d38a;--single-bg:#3a3317;
--mark:#6b5a12;--mark-fg:#fff7d6;--del:#ffb4ab;--del-bg:#5a1f1a;--ins:#a5e6b2;--ins-bg:#1b4426;--chrome:#7d848b;--chrome-bg:#24282c}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.wrap{max-width:72rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}
h1{font-size:1.7rem;margin:0 0 .25rem;line-height:1.2}
h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
h3,h4{font-size:1.05rem;margin:0}
a{color:var(--accent)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;background:var(--chrome-bg);padding:.05em .3em;border-radius:3px;overflow-wrap:anywhere}
.meta,.muted{color:var(--muted)}
.meta{margin:0 0 1rem;font-size:.9rem}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.75rem;margin:1rem 0}
.card{display:block;color:inherit;text-decoration:none;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.7rem .9rem}
.card:hover,.card:focus-visible{border-color:var(--accent)}
.card.c-differ{border-top:4px solid var(--differ)}.card.c-differ .num{color:var(--differ)}
.card.c-agree{border-top:4px solid var(--agree)}.card.c-single-source{border-top:4px solid var(--single)}
.card .num{display:block;font-size:1.6rem;font-weight:700;line-height:1.1}
.card .label{font-weight:600}
.card .detail{display:block;color:var(--muted);font-size:.85rem}
.toc{font-size:.9rem;margin:.5rem 0}
.toc a{margin-right:.8rem}
.toolbar{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;background:var(--bg);border-bottom:1px solid var(--line);padding:.5rem 0;margin-bottom:.5rem;font-size:.9rem}
.toolbar button,.toolbar label{font:inherit;color:var(--fg);background:var(--card);border:1px solid var(--line);border-radius:999px;padding:.2rem .75rem;cursor:pointer}
.toolbar .group{display:inline-flex;gap:.3rem}
.toolbar button[aria-pressed="true"]{background:var(--accent);border-color:var(--accent);color:var(--card)}
.toolbar button .n{font-variant-numeric:tabular-nums;opacity:.8}
.toolbar button:focus-visible,.toolbar label:focus-within,.card:focus-visible,a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.toolbar .sep{flex:0 0 .6rem}
.legend{font-size:.85rem;color:var(--muted);margin:.4rem 0}
.legend .label{margin-right:.3rem}
.story-sub{font-size:1rem;margin:1.2rem 0 .5rem;color:var(--muted)}
.story-tag{font-size:.8rem;color:var(--muted);border:1px solid var(--line);border-radius:999px;padding:0 .5rem;text-decoration:none}
.who{margin:.2rem 0 .3rem;font-weight:600}
.diff-key{margin:0 0 .3rem;font-size:.82rem}
.diff-key del,.diff-key ins{margin-right:.5rem}
.finding,.story,main>section{scroll-margin-top:4rem}
.finding.target{outline:3px solid var(--accent);outline-offset:2px}
mark.target{outline:2px solid var(--accent);outline-offset:1px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
body[data-only="differ"] .verdict-section:not([data-verdict="differ"]),body[data-only="agree"] .verdict-section:not([data-verdict="agree"]),body[data-only="single-source"] .verdict-section:not([data-verdict="single-source"]){display:none}
html:not([data-js]) .js-only{display:none}
.story-meta{margin:.2rem 0 1rem;color:var(--muted);font-size:.92rem}
.finding{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--line);border-radius:8px;padding:.85rem 1rem;margin:0 0 1rem}
.finding.v-differ{border-left-color:var(--differ)}
.finding.v-agree{border-left-color:var(--agree)}
.finding.v-single-source{border-left-color:var(--single)}
.finding-head{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.badge{display:inline-block;font-size:.75rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;border-radius:4px;padding:.12rem .5rem}
.badge.v-differ{color:var(--differ);background:var(--differ-bg)}
.badge.v-agree{color:var(--agree);background:var(--agree-bg)}
.badge.v-single-source{color:var(--single);background:var(--single-bg)}
.kind{font-weight:600}
.conf{color:var(--muted);font-size:.85rem;display:inline-flex;align-items:center;gap:.3rem}
.conf meter{width:4rem;height:.6rem}
.sources{color:var(--muted);font-size:.85rem}
.message{margin:.5rem 0;font-size:1.02rem}
.notes{margin:.25rem 0 .6rem;padding-left:1.2rem;color:var(--muted);font-size:.92rem}
.columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.75rem;margin-top:.6rem}
.col{border:1px solid var(--line);border-radius:6px;padding:.6rem .75rem;min-width:0}
.outlet{font-weight:700;font-size:.95rem;margin:0 0 .3rem}
.outlet .aid{font-weight:400;color:var(--muted);font-size:.8rem}
.sentence{margin:0;overflow-wrap:anywhere}
mark{background:var(--mark);color:var(--mark-fg);border-radius:2px;padding:0 .1em}
.speaker{margin:.35rem 0 0;color:var(--muted);font-size:.9rem}
.ctx,.src{display:inline-block;margin-top:.35rem;font-size:.82rem}
.out,.src{overflow-wrap:anywhere}
.diff{margin-top:.7rem;border-top:1px dashed var(--line);padding-top:.5rem}
.diff p{margin:.2rem 0 0;overflow-wrap:anywhere}
del{color:var(--del);background:var(--del-bg);text-decoration:line-through}
ins{color:var(--ins);background:var(--ins-bg);text-decoration:underline}
.label{font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
details>summary{cursor:pointer}
.singles{margin:0 0 1rem;border:1px dashed var(--line);border-radius:8px;padding:.5rem .8rem}
.singles>summary{font-weight:600}
.singles .finding{margin-top:.7rem}
.single-line{margin:.3rem 0}
.article{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.6rem .9rem;margin:0 0 .8rem}
.article>summary{font-weight:600}
.article.error{border-left:5px solid var(--differ)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.6rem 0;font-size:.9rem}
.facts dt{color:var(--muted)}
.facts dd{margin:0;overflow-wrap:anywhere}
.excluded{margin:.4rem 0;font-size:.9rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0;font-size:.88rem}
th,td{border:1px solid var(--line);padding:.25rem .45rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.source{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.95rem;border-top:1px solid var(--line);margin-top:.6rem;padding-top:.6rem}
.chrome{color:var(--chrome);background:var(--chrome-bg);text-decoration:line-through;text-decoration-color:var(--line)}
.syntax{display:none}
body.show-markup .syntax{display:inline;color:var(--chrome);font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em}
.sentences{padding-left:1.5rem}
.sentences li{margin:.25rem 0}
.anchor{scroll-margin-top:4rem}
.back{font-size:.75rem;text-decoration:none;vertical-align:super;margin-left:.1rem}
.flash{outline:3px solid var(--accent);outline-offset:2px}
.ctl{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8em;color:var(--differ);background:var(--differ-bg);border-radius:2px}
.errors li{margin:.3rem 0}
footer{margin-top:3rem;color:var(--muted);font-size:.85rem}
@media print{
:root{--bg:#fff;--card:#fff;--fg:#000}
.toolbar,.ctx,.back,.toc{display:none}
.wrap{max-width:none;padding:0}
.finding,.col,.card{break-inside:avoid}
a{color:inherit;text-decoration:none}
body[data-only] .verdict-section{display:block!important}
}
@media (max-width:40rem){
.wrap{padding:1rem .75rem 3rem}
h1{font-size:1.35rem}
.summary{grid-template-columns:repeat(3,1fr);gap:.4rem;margin:.6rem 0}
.card{padding:.35rem .5rem}
.card .num{font-size:1.2rem}
.card .label{font-size:.85rem}
.card .detail,.legend,.toc{display:none}
.toolbar{flex-wrap:nowrap;overflow-x:auto;white-space:nowrap;scrollbar-width:none;padding:.35rem 0}
.toolbar>.label{display:none}
.toolbar button,.toolbar label{padding:.15rem .6rem}
}
`

export const SCRIPT = `
(function () {
  'use strict';
  var root = document.documentElement;
  root.setAttribute('data-js', 'on');
  var VERDICTS = ['all', 'differ', 'agree', 'single-source'];
  function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }
  function base() { return location.href.split('#')[0]; }
  function only(verdict, keepHash) {
    if (VERDICTS.indexOf(verdict) === -1) verdict = 'all';
    if (verdict === 'all') document.body.removeAttribute('data-only');
    else document.body.setAttribute('data-only', verdict);
    each('button[data-action="only"]', function (b) { b.setAttribute('aria-pressed', b.getAttribute('data-verdict') === verdict ? 'true' : 'false'); });
    if (verdict === 'single-source') each('details.singles', function (d) { d.open = true; });
    if (!keepHash) history.replaceState(null, '', verdict === 'all' ? base() : '#only=' + verdict);
  }
  function hidden(el) {
    var section = el.closest ? el.closest('.verdict-section') : null;
    var current = document.body.getAttribute('data-only');
    return Boolean(section && current && section.getAttribute('data-verdict') !== current);
  }
  function reveal(id) {
    var target = id ? document.getElementById(id) : null;
    if (!target) return;
    if (hidden(target)) only('all', true);
    for (var node = target.parentElement; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS') node.open = true;
    }
    each('.target', function (el) { el.classList.remove('target'); });
    if (target.classList.contains('anchor')) {
      var marks = document.querySelectorAll('[data-ctx~="' + id + '"]');
      Array.prototype.forEach.call(marks, function (m) { m.classList.add('target'); });
      if (marks.length) { marks[0].scrollIntoView({block: 'center'}); return; }
    } else if (target.classList.contains('finding')) {
      target.classList.add('target');
    }
    target.scrollIntoView({block: target.classList.contains('anchor') ? 'center' : 'start'});
  }
  function fromHash() {
    var hash = location.hash ? location.hash.slice(1) : '';
    try { hash = decodeURIComponent(hash); } catch (e) { return; }
    if (hash.indexOf('only=') === 0) { only(hash.slice(5), true); return; }
    reveal(hash);
  }
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (link) {
      var id = link.getAttribute('href').slice(1);
      if (document.getElementById(id)) { event.preventDefault(); history.replaceState(null, '', '#' + id); reveal(id); }
      return;
    }
    var button = event.target && event.target.closest ? event.target.closest('button[data-action]') : null;
    if (!button) return;
    var action = button.getAttribute('data-action');
    if (action === 'only') {
      only(button.getAttribute('data-verdict'), false);
    } else if (action === 'expand' || action === 'collapse') {
      each('details', function (d) { d.open = action === 'expand'; });
    }
  });
  each('input[data-action="markup"]', function (box) {
    box.addEventListener('change', function () { document.body.classList.toggle('show-markup', box.checked); });
  });
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = [];
    each('details:not([open])', function (d) { closed.push(d); d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); closed = []; });
  window.addEventListener('hashchange', fromHash);
  if (location.hash) fromHash();
})();
`

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * The Content-Security-Policy of the page: only the inline style and script
 * above. A constant without `"` or `&`, so it is written into the attribute as is.
 */
export const CSP = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(SCRIPT)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')
