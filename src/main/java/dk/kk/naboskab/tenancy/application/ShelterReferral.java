package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.shared.Published;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A citizen recommended for their own home at a shelter, referred to a flat: what the pathway's
 * hand-over gives the register (#17 part 6). The support track follows from the recommendation's
 * support ({@code support}: a worker type's name, or null for none); the shelter's housing advisor,
 * if chosen, is the first assignment from move-in.
 *
 * @param support {@code HOUSING_ADVISOR}, {@code SUPPORT_CONTACT}, {@code HOME_SUPPORT} or null
 * @param consent {@code GIVEN}, {@code REFUSED} or {@code WITHDRAWN}
 */
@Published("pathway: a stay's hand-over into the register")
public record ShelterReferral(
    @NotBlank String firstName,
    @NotBlank String lastName,
    @NotBlank String cpr,
    @NotNull(message = "{tenant.department.required}") Long departmentId,
    @NotBlank(message = "{tenant.address.required}")
        @Size(max = 200, message = "{tenant.address.size}")
        String address,
    @NotNull(message = "{tenant.referralDate.required}") LocalDate referralDate,
    @NotNull(message = "{tenant.moveInDate.required}") LocalDate moveInDate,
    String support,
    Long housingAdvisorId,
    @NotNull(message = "{tenant.consent.required}") String consent,
    @NotNull(message = "{tenant.consentDate.required}")
        @PastOrPresent(message = "{tenant.consentDate.future}")
        LocalDate consentDate) {}
