package dk.kk.naboskab.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.testsupport.ApiClient;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.NaboskabIT;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The API's description as a client's developer meets it: Payara's {@code /openapi} read by
 * swagger-parser (as code generators read it) without a complaint, listing every resource, the
 * problem document and the client-credentials scheme with the realm's token address; and the page
 * that renders it.
 */
@NaboskabIT
@RunAsClient
class ApiDocumentIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(ApiClient.portal().resolve(path)).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theOpenApiDocumentValidatesAndListsEveryResource() throws Exception {
    var document = get("/openapi", "application/json");
    assertEquals(200, document.statusCode());
    // Kept for a reader of a failure, and for the docs.
    java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi.json"), document.body());
    var parsed = new OpenAPIV3Parser().readContents(document.body());
    // Payara writes a map "endpoints" of its own at the root, which OpenAPI does not define and
    // generators skip; taking it away in a filter breaks Payara's copy of the document.
    var complaints =
        parsed.getMessages().stream()
            .filter(m -> !m.equals("attribute endpoints is unexpected"))
            .toList();
    assertEquals(List.of(), complaints, "swagger-parser's complaints");
    var api = parsed.getOpenAPI();
    for (var path :
        List.of(
            "/api/v1/tenants",
            "/api/v1/concerns",
            "/api/v1/concerns/{id}",
            "/api/v1/concerns/{id}/information",
            "/api/v1/concerns/{id}/confirmation",
            "/api/v1/concerns/{id}/reopening",
            "/api/v1/files/{id}",
            "/api/v1/categories",
            "/api/v1/urgencies",
            "/api/v1/figures/response-times",
            "/api/v1/figures/caseloads",
            "/api/v1/figures/retention")) {
      assertNotNull(api.getPaths().get(path), path + " in " + api.getPaths().keySet());
    }
    assertEquals(12, api.getPaths().size(), "nothing but the API: " + api.getPaths().keySet());
    var schemas = api.getComponents().getSchemas().keySet();
    for (var schema : List.of("Problem", "FieldError", "Concern", "Filing", "Tenant")) {
      assertTrue(schemas.contains(schema), schema + " in " + schemas);
    }
    var scheme = api.getComponents().getSecuritySchemes().get("keycloak");
    assertEquals(
        ApiClient.issuer() + "/protocol/openid-connect/token",
        scheme.getFlows().getClientCredentials().getTokenUrl());
    var filing = api.getPaths().get("/api/v1/concerns").getPost();
    assertTrue(filing.getResponses().containsKey("422"), "the filing's problems are described");
  }

  @Test
  void theDevelopersPageRendersTheDocument() throws Exception {
    var page = get("/api-docs", "text/html");
    assertEquals(200, page.statusCode(), "open without signing in");
    assertTrue(page.body().contains("swagger-ui-bundle.js"), page.body());
    var policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("script-src") || policy.startsWith("default-src 'self'"), policy);
    var script =
        page.body().replaceAll("(?s).*<script src=\"([^\"]*swagger-ui-bundle.js)\".*", "$1");
    assertEquals(200, get(script, "*/*").statusCode(), script);
    assertEquals(200, get("/api-docs/start.js", "*/*").statusCode());
  }
}
