package dk.kk.naboskab.api.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error as RFC 9457 describes it, with a Danish {@code title}; a validation error lists every
 * field that broke a rule, one entry each.
 *
 * @param type what kind of problem, a stable URN clients may switch on
 * @param errors the fields and the rules they broke, for a 422; empty otherwise
 */
@Schema(
    name = "Problem",
    description = "Fejl som problem-dokument (RFC 9457, application/problem+json)")
public record Problem(
    @Schema(example = "urn:naboskab:problem:validation") String type,
    @Schema(example = "Indholdet overholder ikke reglerne.") String title,
    @Schema(example = "422") int status,
    String detail,
    List<FieldError> errors) {

  /**
   * One broken rule.
   *
   * @param field the field as the request named it ({@code description}, {@code files[0]})
   * @param rule the rule, e.g. {@code Size}, {@code NotBlank}, {@code concern.tenant.notOurs}
   * @param detail the rule in Danish
   */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(example = "description") String field,
      @Schema(example = "Size") String rule,
      @Schema(example = "Beskrivelsen må højst være 4000 tegn.") String detail) {}
}
