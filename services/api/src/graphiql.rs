//! The GraphiQL page served on `GET /graphql`.
//!
//! Open `/graphql?token=<JWT>`: the page sends the token as `Authorization: Bearer …` on
//! queries and mutations and in the WebSocket `connection_init` payload for subscriptions
//! (it remembers the token in the browser's local storage). Without a token you are the
//! anonymous public.

/// The HTML of the GraphiQL page (GraphiQL 4 from unpkg).
pub const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="robots" content="noindex">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Samraad GraphiQL</title>
    <style>body { height: 100%; margin: 0; width: 100%; overflow: hidden; } #graphiql { height: 100vh; }</style>
    <script crossorigin src="https://unpkg.com/react@18/umd/react.production.min.js"></script>
    <script crossorigin src="https://unpkg.com/react-dom@18/umd/react-dom.production.min.js"></script>
    <link rel="stylesheet" href="https://unpkg.com/graphiql@4/graphiql.min.css" />
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="https://unpkg.com/graphiql@4/graphiql.min.js" type="application/javascript"></script>
    <script>
      const params = new URLSearchParams(window.location.search);
      if (params.has('token')) {
        localStorage.setItem('samraad-token', params.get('token'));
        history.replaceState(null, '', window.location.pathname);
      }
      const token = localStorage.getItem('samraad-token');
      const auth = token ? { Authorization: 'Bearer ' + token } : {};
      const url = (path, ws) => {
        const u = new URL(path, window.location.origin);
        if (ws) { u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:'; }
        return u.toString();
      };
      ReactDOM.createRoot(document.getElementById('graphiql')).render(
        React.createElement(GraphiQL, {
          fetcher: GraphiQL.createFetcher({
            url: url('/graphql'),
            subscriptionUrl: url('/graphql/ws', true),
            headers: auth,
            wsConnectionParams: token ? { authorization: 'Bearer ' + token } : {},
          }),
          defaultEditorToolsVisibility: true,
        })
      );
    </script>
  </body>
</html>
"#;
