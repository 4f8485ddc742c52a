package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.tenancy.domain.Consent;
import dk.kk.naboskab.tenancy.domain.SupportTrack;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a coordinator may correct on a registered tenant (never the CPR number). */
public record EditTenant(
    @NotBlank(message = "{tenant.firstName.required}")
        @Size(max = 80, message = "{tenant.firstName.size}")
        String firstName,
    @NotBlank(message = "{tenant.lastName.required}")
        @Size(max = 80, message = "{tenant.lastName.size}")
        String lastName,
    @Pattern(regexp = "^$|^[+0-9 ]{8,20}$", message = "{tenant.phone.format}") String phone,
    @NotNull(message = "{tenant.department.required}") Long departmentId,
    @NotBlank(message = "{tenant.address.required}")
        @Size(max = 200, message = "{tenant.address.size}")
        String address,
    @NotNull(message = "{tenant.referralDate.required}") LocalDate referralDate,
    @NotNull(message = "{tenant.moveInDate.required}") LocalDate moveInDate,
    @NotNull(message = "{tenant.supportTrack.required}") SupportTrack supportTrack,
    @NotNull(message = "{tenant.consent.required}") Consent consent,
    @NotNull(message = "{tenant.consentDate.required}")
        @PastOrPresent(message = "{tenant.consentDate.future}")
        LocalDate consentDate) {}
