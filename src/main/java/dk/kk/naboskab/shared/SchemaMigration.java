package dk.kk.naboskab.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the newest version before anything else touches the database. Versioned SQL
 * migrations live in {@code db/migration}; the schema is never generated from the entities.
 */
@Startup
@Singleton
@DependsOn("StartupCheck")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    var flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .load();
    var applied = flyway.migrate().migrationsExecuted;
    var current = flyway.info().current();
    LOG.info(
        () ->
            "Schema at version "
                + (current == null ? "none" : current.getVersion())
                + " ("
                + applied
                + " migrations applied now)");
  }
}
