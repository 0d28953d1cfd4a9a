"""Charts defined once as Vega-Lite specifications (plain dicts), for the reports (rendered
to SVG on the server, `render.svg`) and the web pages alike. One function per chart."""
