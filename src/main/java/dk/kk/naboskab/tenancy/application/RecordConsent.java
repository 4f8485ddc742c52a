package dk.kk.naboskab.tenancy.application;

import dk.kk.naboskab.tenancy.domain.Consent;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A coordinator records the tenant's decision about what the housing association may learn: given
 * (and what it covers, until when), refused or withdrawn.
 */
public record RecordConsent(
    @NotNull(message = "{tenant.consent.required}") Consent state,
    boolean namesContact,
    boolean supportKind,
    @NotNull(message = "{consent.givenOn.required}")
        @PastOrPresent(message = "{consent.givenOn.future}")
        LocalDate givenOn,
    LocalDate expiresOn) {}
