package dk.kk.naboskab.shared;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source. Payara resolves the {@code ${MPCONFIG=...}} references when the
 * application is deployed, so the URL and credentials come from the environment and never from the
 * WAR (see {@link Setting}).
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=naboskab.db.url}",
    user = "${MPCONFIG=naboskab.db.user}",
    password = "${MPCONFIG=naboskab.db.password}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/naboskab";
}
