package dk.kk.naboskab.pathway.application;

import dk.kk.naboskab.pathway.domain.Outcome;
import dk.kk.naboskab.pathway.domain.Rating;
import dk.kk.naboskab.pathway.domain.Support;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What shelter staff and case workers enter on the pathway's pages. */
public final class PathwayForms {
  private PathwayForms() {}

  /**
   * An intake at a shelter. Shelter staff record it at their own shelter ({@code shelterId} is
   * theirs whatever the form says); a case worker at a shelter they are outposted to.
   */
  public record Intake(
      Long shelterId,
      @NotBlank(message = "{tenant.firstName.required}")
          @Size(max = 80, message = "{tenant.firstName.size}")
          String firstName,
      @NotBlank(message = "{tenant.lastName.required}")
          @Size(max = 80, message = "{tenant.lastName.size}")
          String lastName,
      @NotBlank(message = "{cpr.required}") String cpr,
      @NotNull(message = "{stay.intakeDate.required}") LocalDate intakeDate,
      Long caseWorkerId) {}

  /** An observation under a VUM theme; {@code requestId} when it answers a request. */
  public record Observe(
      @NotNull(message = "{observation.theme.required}") Long themeId,
      @NotNull(message = "{observation.date.required}") LocalDate observedOn,
      @NotNull(message = "{observation.rating.required}") Rating rating,
      @NotBlank(message = "{observation.text.required}")
          @Size(max = 4000, message = "{observation.text.size}")
          String text,
      Long requestId) {}

  /**
   * The case worker's recommendation: the outcome, own home's support, why — citing the
   * observations it builds on — and the day.
   */
  public record Recommend(
      @NotNull(message = "{stay.outcome.required}") Outcome outcome,
      Support support,
      @NotBlank(message = "{stay.justification.required}")
          @Size(max = 4000, message = "{stay.justification.size}")
          String justification,
      @NotNull(message = "{stay.date.required}") LocalDate recommendedOn,
      List<Long> cited) {}

  /**
   * A coordinator turns a recommended stay into a referred tenant: the flat, the move-in, the
   * consent, and the shelter's housing advisor as the first assignment.
   */
  public record HandOver(
      @NotNull(message = "{tenant.department.required}") Long departmentId,
      @NotBlank(message = "{tenant.address.required}")
          @Size(max = 200, message = "{tenant.address.size}")
          String address,
      @NotNull(message = "{tenant.moveInDate.required}") LocalDate moveInDate,
      Long housingAdvisorId,
      @NotNull(message = "{tenant.consent.required}") String consent,
      @NotNull(message = "{tenant.consentDate.required}") LocalDate consentDate) {}

  /** A case worker's request that the shelter document something more closely. */
  public record Ask(
      @NotNull(message = "{observation.theme.required}") Long themeId,
      @NotBlank(message = "{request.question.required}")
          @Size(max = 2000, message = "{request.question.size}")
          String question,
      @NotNull(message = "{request.due.required}") LocalDate dueOn) {}
}
