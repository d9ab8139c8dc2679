// Samraad GraphiQL bootstrap, served as /graphql/assets/graphiql-init.js.
// A separate file (no inline script) so the page can be served with a strict CSP.
// Open /graphql?token=<JWT>: the token is kept in local storage, removed from the address
// bar, and sent as `Authorization: Bearer …` on HTTP requests to /graphql and as
// `{authorization: "Bearer …"}` in the graphql-transport-ws connection_init payload on
// /graphql/ws. `?token=` with an empty value forgets the stored token (anonymous again).
(function () {
  'use strict';
  // Optional CSP nonce: if the page gives this <script> a nonce (and the CSP allows
  // style-src 'nonce-…'), GraphiQL's bundled react-style-singleton stamps it on the <style>
  // elements it inserts when a dialog opens. Without it those are blocked by a strict CSP,
  // which is harmless here (they only lock page scrolling, and the page never scrolls).
  var nonce = document.currentScript && document.currentScript.nonce;
  if (nonce) window.__webpack_nonce__ = nonce;
  var KEY = 'samraad-token';
  var token = null;
  var params = new URLSearchParams(window.location.search);
  try {
    if (params.has('token')) {
      if (params.get('token')) localStorage.setItem(KEY, params.get('token'));
      else localStorage.removeItem(KEY);
    }
    token = localStorage.getItem(KEY);
  } catch (e) {
    token = params.get('token') || null; // storage disabled: use the URL's token for this visit
  }
  if (params.has('token')) {
    params.delete('token');
    var rest = params.toString();
    history.replaceState(null, '', window.location.pathname + (rest ? '?' + rest : '') + window.location.hash);
  }

  function endpoint(path, ws) {
    var u = new URL(path, window.location.href);
    if (ws) u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
    return u.toString();
  }

  var bearer = token ? 'Bearer ' + token : null;
  var root = document.getElementById('graphiql');
  document.documentElement.style.height = '100%';
  document.body.style.cssText = 'height:100%;margin:0;width:100%;overflow:hidden';
  root.style.height = '100vh';

  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      // GraphiQL's own fetcher (@graphiql/toolkit); its UMD build bundles the graphql-ws
      // client, which speaks graphql-transport-ws.
      fetcher: GraphiQL.createFetcher({
        url: endpoint('/graphql'),
        subscriptionUrl: endpoint('/graphql/ws', true),
        headers: bearer ? { Authorization: bearer } : {},
        wsConnectionParams: bearer ? { authorization: bearer } : {},
      }),
      defaultEditorToolsVisibility: true,
    })
  );
})();
