package dk.kk.naboskab.disclosure.application;

import dk.kk.naboskab.audit.AuditEvent;
import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.concern.application.ConcernReading;
import dk.kk.naboskab.security.CurrentUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.AccessDenied;
import dk.kk.naboskab.shared.Setting;
import dk.kk.naboskab.tenancy.application.TenantRegister;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A tenant's disclosure: what the register holds, every concern about them with its whole timeline,
 * and the read log of their data — who read it (role and unit; the name only where the
 * municipality's policy says so, {@link Setting#DISCLOSURE_READER_NAMES}), when and for what.
 * Coordinators of the tenant's unit only; handing it out is itself a row of the log, written before
 * the log is read, so the disclosure lists itself.
 */
@Stateless
// Reads only: without a caller's transaction each read is a statement of its own, and a page pays
// nothing for a transaction; the read log's row is written the same way (AuditLog, ADR 22).
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
public class Disclosures {
  @Inject CurrentUser currentUser;
  @Inject TenantRegister register;
  @Inject ConcernReading concerns;
  @Inject AuditLog auditLog;
  @Inject Clock clock;

  /** Everything about one tenant, as handed to them. */
  public record Report(
      Instant generatedAt,
      String generatedByRoleKey,
      String generatedByUnit,
      long tenantId,
      TenantRegister.DisclosedTenant tenant,
      List<ConcernReading.DisclosedConcern> concerns,
      boolean readerNamesShown,
      List<Read> reads) {}

  /**
   * One row of the read log about the tenant's data, as the tenant reads it.
   *
   * @param readerName the reader's user name, or null where the policy shows role and unit only
   */
  public record Read(
      Instant at,
      String readerName,
      String roleKey,
      String unit,
      String purpose,
      String actionKey,
      String outcomeKey) {}

  /**
   * The tenant's disclosure.
   *
   * @throws AccessDenied for anyone but a coordinator of the tenant's unit (logged)
   */
  public Report of(long tenantId, Locale locale) {
    currentUser.require(Role.COORDINATOR);
    var tenant =
        register
            .disclosure(tenantId, locale)
            .orElseThrow(
                () ->
                    new AccessDenied(
                        currentUser.getUsername() + " may not disclose tenant " + tenantId));
    auditLog.read(
        AuditEvent.Action.DISCLOSURE, AuditLog.About.tenant(tenantId), AuditEvent.Outcome.SHOWN);
    var names = register.organisationNames();
    var withNames = Boolean.parseBoolean(Setting.DISCLOSURE_READER_NAMES.value());
    var reads =
        auditLog.ofTenant(tenantId).stream()
            .map(
                e ->
                    new Read(
                        e.getOccurredAt(),
                        withNames ? e.getActor() : null,
                        e.getActorRole() == null ? null : "role." + e.getActorRole(),
                        e.getActorUnit() == null
                            ? null
                            : names.getOrDefault(e.getActorUnit(), e.getActorUnit()),
                        e.getPurpose(),
                        "auditAction." + e.getAction().name(),
                        "auditOutcome." + e.getOutcome().name()))
            .toList();
    var unit = currentUser.getUnit().orElse(null);
    return new Report(
        clock.instant(),
        "role." + Role.COORDINATOR.roleName(),
        unit == null ? null : names.getOrDefault(unit, unit),
        tenantId,
        tenant,
        concerns.ofTenant(tenantId, locale),
        withNames,
        reads);
  }
}
