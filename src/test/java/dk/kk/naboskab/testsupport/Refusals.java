package dk.kk.naboskab.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dk.kk.naboskab.shared.RuleViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.concurrent.Callable;

/**
 * One assertion for "the portal refused this input": the call fails with a {@link RuleViolation}
 * naming the field and the rule (its message key), or with Bean Validation naming the field and the
 * constraint — however deep the container wrapped it.
 */
public final class Refusals {
  private Refusals() {}

  /**
   * @param field the field the refusal names
   * @param rule a {@link RuleViolation}'s message key, or the constraint's annotation name (e.g.
   *     {@code NotBlank}); null when any rule will do
   */
  public static void assertRefused(String field, String rule, Callable<?> call) {
    Throwable thrown;
    try {
      call.call();
      fail(
          "refused: " + field + (rule == null ? "" : " (" + rule + ")") + " — but it went through");
      return;
    } catch (Exception e) {
      thrown = e;
    }
    for (var cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof RuleViolation violation) {
        assertEquals(field, violation.field(), "the field named");
        if (rule != null) {
          assertEquals(rule, violation.messageKey(), "the rule named");
        }
        return;
      }
      if (cause instanceof ConstraintViolationException validation) {
        var named =
            validation.getConstraintViolations().stream()
                .filter(v -> v.getPropertyPath().toString().endsWith(field))
                .filter(
                    v ->
                        rule == null
                            || v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName()
                                .equals(rule))
                .findAny();
        if (named.isEmpty()) {
          fail("validation named " + validation.getConstraintViolations() + ", not " + field);
        }
        return;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    throw new AssertionError("not a refusal of " + field + " but " + thrown, thrown);
  }
}
