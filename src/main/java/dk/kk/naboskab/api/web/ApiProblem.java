package dk.kk.naboskab.api.web;

import dk.kk.naboskab.shared.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request the API refuses, on its way to becoming a {@link Problem}: the status, the kind, the
 * Danish title (by message key) and, for validation, the fields. Thrown from resources; {@link
 * Problems} writes it.
 */
public class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  static final Locale DANISH = Locale.forLanguageTag("da");

  private final int status;
  private final String kind;
  private final String title;
  private final transient List<Problem.FieldError> errors;
  private final transient Map<String, String> headers;

  ApiProblem(
      int status,
      String kind,
      String title,
      List<Problem.FieldError> errors,
      Map<String, String> headers) {
    super(status + " " + kind + ": " + title);
    this.status = status;
    this.kind = kind;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  /** A problem whose title is the message {@code key} in Danish. */
  static ApiProblem of(int status, String kind, String key, Object... arguments) {
    return new ApiProblem(status, kind, Messages.text(DANISH, key, arguments), List.of(), Map.of());
  }

  /** A validation problem (422) naming each field and rule. */
  static ApiProblem invalid(List<Problem.FieldError> errors) {
    return new ApiProblem(
        422, "validation", Messages.text(DANISH, "api.problem.invalid"), errors, Map.of());
  }

  /** One field broke one rule; {@code status} 400 for what is not even the right shape. */
  static ApiProblem field(int status, String field, String rule, String key, Object... arguments) {
    var text = Messages.text(DANISH, key, arguments);
    return new ApiProblem(
        status,
        status == 422 ? "validation" : "bad-request",
        status == 422 ? Messages.text(DANISH, "api.problem.invalid") : text,
        List.of(new Problem.FieldError(field, rule, text)),
        Map.of());
  }

  ApiProblem withHeader(String name, String value) {
    var more = new java.util.HashMap<>(headers);
    more.put(name, value);
    return new ApiProblem(status, kind, title, errors, more);
  }

  int status() {
    return status;
  }

  Map<String, String> headers() {
    return headers;
  }

  Problem problem() {
    return new Problem("urn:naboskab:problem:" + kind, title, status, null, errors);
  }
}
