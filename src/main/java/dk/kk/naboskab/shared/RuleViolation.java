package dk.kk.naboskab.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A change the tenancy rules refuse. Names the field the user must correct and a message key
 * (resolved in the user's language by the page), so the web form and the REST API report it the
 * same way.
 */
public class RuleViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String messageKey;
  private final transient List<Object> arguments;

  public RuleViolation(String field, String messageKey, Object... arguments) {
    super(field + ": " + messageKey + " " + Arrays.asList(arguments));
    this.field = field;
    this.messageKey = messageKey;
    // An argument may be missing, e.g. the last day of an open-ended period.
    this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
