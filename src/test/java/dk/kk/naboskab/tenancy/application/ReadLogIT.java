package dk.kk.naboskab.tenancy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.audit.AuditEvent;
import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.audit.application.ChainSealer;
import dk.kk.naboskab.audit.application.VerifyReadLog;
import dk.kk.naboskab.audit.domain.Chain;
import dk.kk.naboskab.security.ActingUser;
import dk.kk.naboskab.security.Role;
import dk.kk.naboskab.shared.Setting;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.NaboskabIT;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Locale;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * In the container, on MariaDB: the read log (ADR 22) — one row per read in the read's own
 * transaction, one per refusal, a chain that shows a row changed behind the portal's back, and a
 * database user that cannot change the log at all.
 */
@NaboskabIT
class ReadLogIT {
  private static final Locale DANISH = Locale.forLanguageTag("da");

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Inject TenancyService tenancy;
  @Inject TenancyFixtures fixtures;
  @Inject TenantRegister register;
  @Inject TenantDirectory directory;
  @Inject ChainSealer sealer;
  @Inject AuditLog auditLog;

  private TenancyFixtures.Organisation organisation;
  private long tenantId;
  private String cpr;
  private String karin;

  @BeforeEach
  void aTenant() throws Exception {
    var suffix = "log" + System.nanoTime() % 1_000_000;
    organisation = fixtures.organisation(suffix);
    karin = "karin-" + suffix;
    ActingUser.actAsCoordinatorOf(karin, organisation.unitCode());
    var registration =
        TenancyFixtures.housedTenant(organisation.departmentId(), "Lis", "Loggesen", today());
    cpr = registration.cpr();
    tenantId = tenancy.registerTenant(registration).getId();
  }

  @AfterEach
  void signOut() {
    ActingUser.anonymous();
  }

  @Test
  void eachReadWritesOneRowSayingWhoReadWhatWhyAndWithWhatOutcome() {
    assertEquals(0, rowsAbout(tenantId), "registering is not a read");

    assertTrue(register.details(tenantId, DANISH).isPresent());
    assertEquals(1, rowsAbout(tenantId));
    var read = latest(karin);
    assertEquals(AuditEvent.Action.READ_TENANT, read.getAction());
    assertEquals(AuditEvent.Outcome.SHOWN, read.getOutcome());
    assertEquals(tenantId, read.getTenantId());
    assertEquals("coordinator", read.getActorRole());
    assertEquals(organisation.unitCode(), read.getActorUnit());
    assertTrue(read.getPurpose() != null && !read.getPurpose().isBlank(), "a purpose");

    assertEquals(tenantId, register.findByCpr(cpr).orElseThrow());
    var hit = latest(karin);
    assertEquals(AuditEvent.Action.SEARCH_CPR, hit.getAction());
    assertEquals(AuditEvent.Outcome.SHOWN, hit.getOutcome());
    assertEquals(tenantId, hit.getTenantId());

    assertTrue(register.findByCpr("010100-0000").isEmpty());
    var miss = latest(karin);
    assertEquals(AuditEvent.Action.SEARCH_CPR, miss.getAction());
    assertEquals(AuditEvent.Outcome.NONE, miss.getOutcome());
    assertEquals(null, miss.getTenantId());

    tenancy.cprOf(tenantId);
    assertEquals(AuditEvent.Action.READ_CPR, latest(karin).getAction());
    assertEquals(3, rowsAbout(tenantId), "the page, the search's hit and the CPR number");

    // The association is a recipient: its staff's reads of the tenant are logged too.
    var hanne = "hanne-" + organisation.associationCode();
    ActingUser.actAs(hanne, Role.HOUSING_STAFF, organisation.associationCode());
    directory.ourTenant(tenantId);
    var association = latest(hanne);
    assertEquals(AuditEvent.Action.READ_TENANT, association.getAction());
    assertEquals(organisation.associationCode(), association.getActorUnit());
    assertEquals("housing-staff", association.getActorRole());
    assertEquals(4, rowsAbout(tenantId));
  }

  @Test
  void aReadThatIsRolledBackLeavesNoRowAndARefusalLeavesOne() throws Exception {
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
    transaction.begin();
    try {
      assertTrue(register.details(tenantId, DANISH).isPresent());
    } finally {
      transaction.rollback();
    }
    assertEquals(0, rowsAbout(tenantId), "the read was rolled back, and its row with it");

    var other = fixtures.organisation("log-other" + System.nanoTime() % 1_000_000);
    var stranger = "karin-" + other.unitCode();
    ActingUser.actAsCoordinatorOf(stranger, other.unitCode());
    var before = rowsBy(stranger);
    assertTrue(register.details(tenantId, DANISH).isEmpty());
    assertEquals(before + 1, rowsBy(stranger), "one row for one refusal");
    var refused = latest(stranger);
    assertEquals(AuditEvent.Action.REFUSED, refused.getAction());
    assertEquals(AuditEvent.Outcome.REFUSED, refused.getOutcome());
    assertTrue(refused.getSubject().contains("tenant " + tenantId), refused.getSubject());
    assertEquals(other.unitCode(), refused.getActorUnit());
  }

  @Test
  void thePortalsDatabaseUserCannotChangeOrDeleteTheLog() {
    register.details(tenantId, DANISH);
    var id = fixtures.number("select max(id) from audit_event where tenant_id = ?", tenantId);
    for (var change :
        new String[] {
          "update audit_event set actor = 'someone else' where id = ?",
          "delete from audit_event where id = ?",
          "update audit_seal set hash = prev_hash where event_id = ?",
          "delete from audit_seal where event_id = ?"
        }) {
      var refused = assertThrows(RuntimeException.class, () -> fixtures.update(change, id));
      assertTrue(causes(refused).contains("command denied"), change + ": " + causes(refused));
    }
    assertEquals(1, rowsAbout(tenantId), "nothing changed");
  }

  @Test
  void theVerifierNamesTheFirstRowChangedInTheDatabaseBehindThePortalsBack() throws Exception {
    register.details(tenantId, DANISH);
    var id = fixtures.number("select max(id) from audit_event where tenant_id = ?", tenantId);
    sealer.sealAll();
    var sealed = sealer.check();
    assertTrue(sealed.intact(), sealed.toString());
    var seq = fixtures.number("select seq from audit_seal where event_id = ?", id);

    // Someone with the schema owner's rights (a DBA) edits the row directly.
    try (var owner =
            DriverManager.getConnection(
                Setting.DB_URL.value(),
                Setting.DB_SCHEMA_USER.value(),
                Setting.DB_SCHEMA_PASSWORD.value());
        var edit = owner.prepareStatement("update audit_event set actor = ? where id = ?")) {
      edit.setString(1, "somebody-else");
      edit.setLong(2, id);
      assertEquals(1, edit.executeUpdate());
      try {
        var broken = sealer.check();
        assertFalse(broken.intact());
        var found = broken.verdict().firstBreak().orElseThrow();
        assertEquals(new Chain.Break(seq, id, Chain.Fault.ROW_CHANGED), found);
        // The command an operator runs says the same, as the portal's own (read-only) user.
        var printed = new java.io.ByteArrayOutputStream();
        try (var portal =
            DriverManager.getConnection(
                Setting.DB_URL.value(), Setting.DB_USER.value(), Setting.DB_PASSWORD.value())) {
          assertEquals(
              1,
              VerifyReadLog.run(
                  portal,
                  new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8)));
        }
        assertTrue(
            printed
                .toString(java.nio.charset.StandardCharsets.UTF_8)
                .startsWith("BROKEN at seal " + seq + " (log row " + id + "): ROW_CHANGED"),
            printed.toString(java.nio.charset.StandardCharsets.UTF_8));
      } finally {
        edit.setString(1, karin);
        edit.setLong(2, id);
        edit.executeUpdate();
      }
    }
    assertTrue(sealer.check().intact(), "restored, the chain holds again");
  }

  /**
   * The owner's purge (retention of the log, L years) deletes from the oldest end of the chain: the
   * rows before the cut-off go with their seals, and what stays still verifies.
   */
  @Test
  void theOwnersPurgeDeletesTheOldestRowsWithTheirSealsAndTheRestStillVerifies() throws Exception {
    register.details(tenantId, DANISH);
    sealer.sealAll();
    var id = fixtures.number("select max(id) from audit_event where tenant_id = ?", tenantId);
    var logged = fixtures.rows("select logged_at, id from audit_event where id = ?", id).get(0)[0];
    var cutoff =
        logged instanceof java.sql.Timestamp t
            ? t.toLocalDateTime()
            : (java.time.LocalDateTime) logged;
    var ourSeal = fixtures.number("select seq from audit_seal where event_id = ?", id);
    var before = fixtures.number("select count(*) from audit_seal where seq < ?", ourSeal);
    var printed = new java.io.ByteArrayOutputStream();
    try (var owner =
        DriverManager.getConnection(
            Setting.DB_URL.value(),
            Setting.DB_SCHEMA_USER.value(),
            Setting.DB_SCHEMA_PASSWORD.value())) {
      var deleted =
          dk.kk.naboskab.audit.application.PurgeReadLog.run(
              owner,
              cutoff,
              new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
      assertTrue(deleted > 0, printed.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertTrue(before > 0, "older seals to purge");
    assertTrue(
        fixtures.number("select count(*) from audit_seal where seq < ?", ourSeal) < before,
        "the oldest seals are gone");
    assertTrue(
        fixtures.number("select min(seq) from audit_seal") <= ourSeal, "the chain keeps our row");
    assertEquals(1L, rowsAbout(tenantId), "the row at the cut-off stays");
    var check = sealer.check();
    assertTrue(check.intact(), check.toString());
  }

  private long rowsAbout(long tenant) {
    return fixtures.number("select count(*) from audit_event where tenant_id = ?", tenant);
  }

  private long rowsBy(String actor) {
    return fixtures.number("select count(*) from audit_event where actor = ?", actor);
  }

  private AuditEvent latest(String actor) {
    return auditLog.latestBy(actor, 1).get(0);
  }

  private static String causes(Throwable thrown) {
    var text = new StringBuilder();
    for (var t = thrown; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append(" / ");
    }
    return text.toString();
  }

  private static LocalDate today() {
    return LocalDate.now(dk.kk.naboskab.shared.ClockProducer.COPENHAGEN);
  }
}
