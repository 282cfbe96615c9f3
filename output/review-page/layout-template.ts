/**
 * The frame every Lektor HTML page shares: one file, inline style and script, no network. The
 * script element's content must be exactly `it.script`, since the policy allows it by hash.
 */
export const LAYOUT_TEMPLATE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="<%= it.csp %>">
<meta name="generator" content="<%= it.generator %>">
<meta name="referrer" content="no-referrer">
<title><%= it.title %></title>
<style>
<%~ it.style %>
</style>
</head>
<body>
<%~ it.body %>
<% if (it.script !== undefined) { %>
<script><%~ it.script %></script>
<% } %>
</body>
</html>
`;
