package dk.kk.naboskab.api.web;

import dk.kk.naboskab.shared.Messages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bean Validation's and the services' field names as the API's JSON spells them. */
final class Fields {
  /** Where a service's name for a field differs from the request's. */
  private static final Map<String, String> API_NAMES = Map.of("attachments", "files");

  private Fields() {}

  static String apiName(String field) {
    return field == null ? null : API_NAMES.getOrDefault(field, field);
  }

  /** One entry per broken rule, ordered by field, each with the rule's Danish words. */
  static List<Problem.FieldError> errors(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(
            v ->
                new Problem.FieldError(
                    apiName(leaf(v.getPropertyPath())),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    Messages.text(ApiProblem.DANISH, key(v.getMessageTemplate()))))
        .sorted(Comparator.comparing(Problem.FieldError::field))
        .toList();
  }

  private static String leaf(Path path) {
    String name = null;
    for (var node : path) {
      name = node.getName();
    }
    return name;
  }

  private static String key(String template) {
    return template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1)
        : template;
  }
}
