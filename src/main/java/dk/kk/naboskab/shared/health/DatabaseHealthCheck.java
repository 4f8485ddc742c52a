package dk.kk.naboskab.shared.health;

import dk.kk.naboskab.shared.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while MariaDB answers within two seconds. The answer is anonymous, so it says up or
 * down and nothing else (no version, no error text); why it is down goes to the server's log.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {
  private static final int TIMEOUT_SECONDS = 2;
  private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (var connection = dataSource.getConnection()) {
      return response.status(connection.isValid(TIMEOUT_SECONDS)).build();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "the database does not answer", e);
      return response.down().build();
    }
  }
}
