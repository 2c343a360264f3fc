/*!
 * ReplyFlow web chat launcher.
 *   <script src="https://HOST/embed.js" data-channel="KEY" async></script>
 * Optional: data-lang="en" | "zh-CN" (default: the visitor's browser language).
 * Adds a chat button in the bottom-right corner; the chat (https://HOST/chat/KEY?embed=1) opens in
 * an iframe on first click, so visitors who never open it create no conversation.
 * No dependencies; everything it adds is prefixed `replyflow-`.
 */
(function () {
  'use strict';
  var script = document.currentScript || document.querySelector('script[data-channel][src*="embed.js"]');
  if (!script || window.__replyflowWebchat) return;
  var channel = script.getAttribute('data-channel');
  if (!channel) {
    console.error('[ReplyFlow] embed.js: add data-channel="<channel key>" to the script tag.');
    return;
  }
  window.__replyflowWebchat = true;

  var origin = new URL(script.src, location.href).origin;
  var lang = script.getAttribute('data-lang');
  var zh = lang ? lang === 'zh-CN' : /^zh\b/i.test(navigator.language || '');
  var text = zh
    ? { open: '打开在线客服', close: '关闭聊天', title: '在线客服' }
    : { open: 'Open chat', close: 'Close chat', title: 'Chat' };
  var src =
    origin +
    '/chat/' +
    encodeURIComponent(channel) +
    '?embed=1' +
    (lang ? '&lang=' + encodeURIComponent(lang) : '');

  var chatIcon =
    '<svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M4 5h16v11H9l-5 4z"/></svg>';
  var closeIcon =
    '<svg viewBox="0 0 24 24" width="26" height="26" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18"/></svg>';

  var style = document.createElement('style');
  style.textContent =
    '#replyflow-launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:56px;height:56px;border:0;border-radius:50%;' +
    'background:#059669;color:#fff;display:flex;align-items:center;justify-content:center;cursor:pointer;padding:0;' +
    'box-shadow:0 8px 24px rgba(5,150,105,.35),0 2px 6px rgba(15,23,42,.2);transition:transform .15s ease,background .15s ease}' +
    '#replyflow-launcher:hover{background:#047857;transform:scale(1.05)}' +
    '#replyflow-launcher:focus-visible{outline:3px solid #10b981;outline-offset:3px}' +
    '#replyflow-panel{position:fixed;right:20px;bottom:88px;z-index:2147483000;width:380px;height:600px;' +
    'max-width:calc(100vw - 40px);max-height:calc(100vh - 108px);border-radius:20px;overflow:hidden;background:#fff;' +
    'box-shadow:0 24px 60px rgba(15,23,42,.25),0 0 0 1px rgba(15,23,42,.06);opacity:0;transform:translateY(12px) scale(.98);' +
    'transform-origin:bottom right;transition:opacity .18s ease,transform .18s ease;pointer-events:none}' +
    '#replyflow-panel.replyflow-open{opacity:1;transform:none;pointer-events:auto}' +
    '#replyflow-panel iframe{width:100%;height:100%;border:0;display:block}' +
    '@media (max-width:480px){#replyflow-panel{right:0;bottom:0;width:100vw;height:100%;max-width:none;max-height:none;border-radius:0}' +
    '#replyflow-panel.replyflow-open~#replyflow-launcher{display:none}}';
  document.head.appendChild(style);

  var panel = document.createElement('div');
  panel.id = 'replyflow-panel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', text.title);
  panel.hidden = true;

  var button = document.createElement('button');
  button.id = 'replyflow-launcher';
  button.type = 'button';
  button.setAttribute('aria-controls', 'replyflow-panel');

  var iframe = null;
  var open = false;
  function render() {
    button.innerHTML = open ? closeIcon : chatIcon;
    button.setAttribute('aria-label', open ? text.close : text.open);
    button.setAttribute('aria-expanded', String(open));
    button.title = open ? text.close : text.open;
  }
  function setOpen(next) {
    open = next;
    if (open && !iframe) {
      iframe = document.createElement('iframe');
      iframe.src = src;
      iframe.title = text.title;
      panel.appendChild(iframe);
    }
    if (open) {
      panel.hidden = false;
      // Next frame, so the opening transition runs.
      requestAnimationFrame(function () {
        panel.classList.add('replyflow-open');
      });
    } else {
      panel.classList.remove('replyflow-open');
      setTimeout(function () {
        if (!open) panel.hidden = true;
      }, 200);
      button.focus();
    }
    render();
  }
  button.addEventListener('click', function () {
    setOpen(!open);
  });
  // The chat's own close button (embedded header) asks the host page to fold it away.
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !iframe || event.source !== iframe.contentWindow) return;
    if (event.data && event.data.type === 'replyflow:close') setOpen(false);
  });
  render();

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
