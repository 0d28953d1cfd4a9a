// Willing's Swagger UI start-up: an external file, so the page's CSP needs no inline script.
// The docs page is /api/v1/docs, so relative URLs resolve under /api/v1/.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: new URL("openapi.json", document.baseURI).href,
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    oauth2RedirectUrl: new URL("static/swagger-ui/oauth2-redirect.html", document.baseURI).href,
  });
};
