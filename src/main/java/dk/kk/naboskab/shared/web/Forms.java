package dk.kk.naboskab.shared.web;

import dk.kk.naboskab.shared.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * How the portal's forms report: each error on the field it names, in the user's language, the rest
 * at the top of the form; what the user typed stays in the form.
 */
public final class Forms {
  private Forms() {}

  /**
   * Checks a command's Bean Validation rules and reports each broken one on its field.
   *
   * @return whether the command is valid
   */
  /**
   * Checks a form's command with the container's validator, asked for at the moment: a page bean
   * keeps no validator, whose proxy another node of a cluster could not restore (ADR 28).
   */
  public static boolean validate(Object command, String formId) {
    return validate(
        jakarta.enterprise.inject.spi.CDI.current().select(Validator.class).get(), command, formId);
  }

  public static boolean validate(Validator validator, Object command, String formId) {
    var violations = validator.validate(command);
    for (ConstraintViolation<?> v : violations) {
      var template = v.getMessageTemplate();
      var key =
          template.startsWith("{") && template.endsWith("}")
              ? template.substring(1, template.length() - 1)
              : template;
      error(formId, v.getPropertyPath().toString(), key, List.of());
    }
    return violations.isEmpty();
  }

  /**
   * Reports an error on a field of the form, or at the top when the form has no such field.
   *
   * @param fieldIds a field name's component id where they differ
   */
  public static void error(
      String formId, String field, String key, List<?> arguments, Map<String, String> fieldIds) {
    error(formId, fieldIds.getOrDefault(field, field), key, arguments);
  }

  public static void error(String formId, String field, String key, List<?> arguments) {
    var faces = FacesContext.getCurrentInstance();
    var text = Messages.text(LanguageView.current(), key, arguments);
    var message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    var clientId = formId + ":" + field;
    if (field != null && faces.getViewRoot().findComponent(clientId) != null) {
      faces.addMessage(clientId, message);
      if (faces.getMessageList(formId).isEmpty()) {
        faces.addMessage(formId, summary(faces));
      }
    } else {
      faces.addMessage(formId, message);
    }
    faces.validationFailed();
  }

  /** An error on one field alone, e.g. a file refused as it is chosen: the form was not sent. */
  public static void fieldError(String formId, String field, String key, List<?> arguments) {
    var faces = FacesContext.getCurrentInstance();
    var text = Messages.text(LanguageView.current(), key, arguments);
    faces.addMessage(
        formId + ":" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  /** A message for the whole form. */
  public static void formError(String formId, String key, Object... arguments) {
    var faces = FacesContext.getCurrentInstance();
    var text = Messages.text(LanguageView.current(), key, arguments);
    faces.addMessage(formId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    faces.validationFailed();
  }

  /**
   * A confirmation that survives the redirect after a successful submit, on whichever node of a
   * cluster answers it ({@link Confirmations}); without a redirect, the request's own page shows
   * it.
   */
  public static void confirm(String key, Object... arguments) {
    Confirmations.keep(
        FacesContext.getCurrentInstance(), Messages.text(LanguageView.current(), key, arguments));
  }

  /** A confirmation on the page the request renders. */
  public static void info(String key, Object... arguments) {
    var faces = FacesContext.getCurrentInstance();
    var text = Messages.text(LanguageView.current(), key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  /** Ends the request with an HTTP error page (403, 404). */
  public static void sendError(int status) {
    var faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  private static FacesMessage summary(FacesContext faces) {
    var text = Messages.text(LanguageView.current(), "form.hasErrors");
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
  }
}
