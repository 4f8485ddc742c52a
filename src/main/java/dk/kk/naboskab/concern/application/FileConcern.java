package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.clock.domain.Urgency;
import dk.kk.naboskab.shared.Published;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * What housing staff enter to file a concern. {@code happenedAt} is Copenhagen wall-clock time, as
 * the officer reads it off their watch.
 */
@Published("api: what a filing holds")
public record FileConcern(
    @NotNull(message = "{concern.tenant.required}") Long tenantId,
    @NotNull(message = "{concern.category.required}") Long categoryId,
    @NotNull(message = "{concern.urgency.required}") Urgency urgency,
    @NotBlank(message = "{concern.description.required}")
        @Size(max = 4000, message = "{concern.description.size}")
        String description,
    @PastOrPresent(message = "{concern.happenedAt.future}") LocalDateTime happenedAt,
    @Size(max = 200, message = "{concern.location.size}") String location) {}
