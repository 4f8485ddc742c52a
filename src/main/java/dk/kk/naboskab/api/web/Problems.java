package dk.kk.naboskab.api.web;

import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.ConcurrentChange;
import dk.kk.naboskab.shared.Messages;
import dk.kk.naboskab.shared.RuleViolation;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every refusal and failure of the API as a problem document, the one place that decides the
 * status: 401 no or a bad token (written by the sign-in, {@code security.ApiRequests}), 403 a role
 * that may not, 404 what does not exist <em>or</em> lies outside the caller's scope (another
 * association's concern reads exactly as one that does not exist), 409 a stale version, 413 too
 * big, 415 not JSON, 422 a rule broken, 428 no version sent, 429 too many calls. Anything else is a
 * 500 that says so in Danish and logs the cause, never a stack trace to the client.
 */
@Provider
public class Problems implements ExceptionMapper<Throwable> {
  static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    var problem = problemFor(unwrap(thrown));
    var response =
        Response.status(problem.status())
            .type(PROBLEM_JSON + ";charset=UTF-8")
            .header("Cache-Control", "no-store")
            .entity(json(problem.problem()));
    problem.headers().forEach(response::header);
    return response.build();
  }

  /** One for all problems: making a Jsonb looks its provider up and builds its model anew. */
  private static final jakarta.json.bind.Jsonb JSONB = JsonbBuilder.create();

  static String json(Object value) {
    return JSONB.toJson(value);
  }

  private static Throwable unwrap(Throwable thrown) {
    var cause = thrown;
    while (cause instanceof EJBException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private ApiProblem problemFor(Throwable thrown) {
    if (thrown instanceof ApiProblem problem) {
      return problem;
    }
    if (thrown instanceof RuleViolation violation) {
      return ApiProblem.invalid(
          List.of(
              new Problem.FieldError(
                  Fields.apiName(violation.field()),
                  violation.messageKey(),
                  Messages.text(
                      ApiProblem.DANISH, violation.messageKey(), violation.arguments()))));
    }
    if (thrown instanceof ConstraintViolationException invalid) {
      return ApiProblem.invalid(Fields.errors(invalid.getConstraintViolations()));
    }
    if (thrown instanceof AccessDenied) {
      // Outside the caller's scope reads as not there at all; the role was checked before.
      return ApiProblem.of(404, "not-found", "api.problem.notFound");
    }
    if (thrown instanceof ConcurrentChange) {
      return ApiProblem.of(409, "conflict", "api.problem.conflict");
    }
    if (thrown instanceof WebApplicationException web) {
      var status = web.getResponse().getStatus();
      return switch (status) {
        case 401 -> ApiProblem.of(401, "unauthorized", "api.problem.badToken");
        case 403 -> ApiProblem.of(403, "forbidden", "api.problem.forbidden");
        case 404 -> ApiProblem.of(404, "not-found", "api.problem.notFound");
        case 405 -> ApiProblem.of(405, "method-not-allowed", "api.problem.methodNotAllowed");
        case 406 -> ApiProblem.of(406, "not-acceptable", "api.problem.notAcceptable");
        case 415 -> ApiProblem.of(415, "unsupported-media-type", "api.problem.unsupportedType");
        default ->
            status >= 500
                ? internal(thrown)
                : ApiProblem.of(status, "bad-request", "api.problem.badRequest");
      };
    }
    return internal(thrown);
  }

  private static ApiProblem internal(Throwable thrown) {
    LOG.log(Level.SEVERE, "The API failed on a request", thrown);
    return ApiProblem.of(500, "internal", "api.problem.internal");
  }
}
