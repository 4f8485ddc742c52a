package dk.kk.naboskab.shared;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source: MariaDB, every statement counted ({@link MeteredDataSource}), in a
 * pool that checks its connections without costing a page anything. Payara resolves the {@code
 * ${MPCONFIG=...}} references when the application is deployed, so the URL and credentials come
 * from the environment and never from the WAR (see {@link Setting}).
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "dk.kk.naboskab.shared.MeteredDataSource",
    url = "${MPCONFIG=naboskab.db.url}",
    user = "${MPCONFIG=naboskab.db.user}",
    password = "${MPCONFIG=naboskab.db.password}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      // A connection is checked (a ping, JDBC's isValid) at most once a minute, not before every
      // use: the check used to be two statements on every page's every connection.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds=60",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/naboskab";
}
