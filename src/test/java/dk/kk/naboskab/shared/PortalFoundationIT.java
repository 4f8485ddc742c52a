package dk.kk.naboskab.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.naboskab.audit.AuditEvent;
import dk.kk.naboskab.audit.AuditLog;
import dk.kk.naboskab.testsupport.Deployments;
import dk.kk.naboskab.testsupport.NaboskabIT;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** In the container, on MariaDB: the schema is migrated at start and JPA writes through it. */
@NaboskabIT
class PortalFoundationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject AuditLog auditLog;
  @Inject Clock clock;

  @Test
  void theSchemaIsMigratedWhenThePortalStarts() throws SQLException {
    try (var connection = dataSource.getConnection();
        var rs =
            connection
                .createStatement()
                .executeQuery(
                    "select version, success from flyway_schema_history where version = '1'")) {
      assertTrue(rs.next(), "migration V1 is recorded");
      assertTrue(rs.getBoolean("success"), "migration V1 succeeded");
    }
  }

  @Test
  void theDatabaseIsMariaDb() throws SQLException {
    try (var connection = dataSource.getConnection()) {
      assertTrue(
          connection.getMetaData().getDatabaseProductVersion().contains("MariaDB"),
          connection.getMetaData().getDatabaseProductVersion());
    }
  }

  @Test
  void anAuditEventIsStoredAndReadBackNewestFirst() {
    var actor = "audit-it-" + System.nanoTime();
    auditLog.record(actor, "coordinator", AuditEvent.Action.SIGN_IN, "first");
    auditLog.record(actor, "coordinator", AuditEvent.Action.SIGN_IN, "second");

    var events = auditLog.latestBy(actor, 10);

    assertEquals(2, events.size());
    assertEquals("second", events.get(0).getSubject());
    assertEquals("first", events.get(1).getSubject());
    assertEquals(AuditEvent.Action.SIGN_IN, events.get(0).getAction());
  }

  @Test
  void theClockRunsOnCopenhagenTime() {
    assertEquals(ClockProducer.COPENHAGEN, clock.getZone());
  }
}
