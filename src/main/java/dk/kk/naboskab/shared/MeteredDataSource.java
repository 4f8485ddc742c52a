package dk.kk.naboskab.shared;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source with every round trip to the server counted ({@link SqlStatements}): each
 * statement executed, and each call the driver turns into one of its own — a change of auto-commit,
 * a commit or rollback, a validation ping (a commit with nothing open is counted though the driver
 * sends nothing: the count errs high, never low). The pool ({@link Database}) sits on top of it, so
 * what the pool does to validate or reset a connection is counted too: that is where a page's
 * hidden cost used to be. Counting costs an increment; nothing is recorded unless a request is
 * being measured.
 *
 * <p>Only {@link DataSource} is implemented, not the XA or pooled-connection interfaces, so the
 * pool uses local transactions: the portal has one resource, and XA would add three statements to
 * every transaction.
 */
public class MeteredDataSource implements DataSource {
  /**
   * How a connection check by the pool (JDBC's {@code isValid}) is named among a request's round
   * trips: counted, but not the page's own work ({@code PageCost.pageStatements}).
   */
  public static final String VALIDATION = "isValid";

  /** Connection calls the driver sends to the server (when they change something). */
  private static final Set<String> ROUND_TRIPS =
      Set.of(
          "commit",
          "rollback",
          "setTransactionIsolation",
          "setReadOnly",
          "setCatalog",
          "setSchema",
          VALIDATION,
          "releaseSavepoint",
          "setSavepoint");

  private final MariaDbDataSource mariaDb = new MariaDbDataSource();

  public void setUrl(String url) throws SQLException {
    mariaDb.setUrl(url);
  }

  public String getUrl() {
    return mariaDb.getUrl();
  }

  public void setUser(String user) throws SQLException {
    mariaDb.setUser(user);
  }

  public String getUser() {
    return mariaDb.getUser();
  }

  public void setPassword(String password) throws SQLException {
    mariaDb.setPassword(password);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return metered(mariaDb.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return metered(mariaDb.getConnection(user, password));
  }

  private static Connection metered(Connection connection) {
    return proxy(Connection.class, connection, new CountingConnection(connection));
  }

  private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            MeteredDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Marks a call {@link #asWrapper} leaves to the handler. */
  private static final Object NOT_MINE = new Object();

  /**
   * What every counting proxy answers alike: unwrapping (to itself, or to what it wraps), and
   * identity — a proxy equals only itself.
   */
  private static Object asWrapper(
      Object proxy, java.sql.Wrapper target, Method method, Object[] args) throws SQLException {
    return switch (method.getName()) {
      case "unwrap" ->
          ((Class<?>) args[0]).isInstance(proxy) ? proxy : target.unwrap((Class<?>) args[0]);
      case "isWrapperFor" ->
          ((Class<?>) args[0]).isInstance(proxy) || target.isWrapperFor((Class<?>) args[0]);
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      case "toString" -> "metered " + target;
      default -> NOT_MINE;
    };
  }

  /** The connection: counts its own round trips and hands out counting statements. */
  private record CountingConnection(Connection connection) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      var answer = asWrapper(proxy, connection, method, args);
      if (answer != NOT_MINE) {
        return answer;
      }
      var name = method.getName();
      if (name.equals("setAutoCommit")) {
        // The driver sends "set autocommit" only when the value changes.
        if (connection.getAutoCommit() != (Boolean) args[0]) {
          SqlStatements.record("set autocommit=" + ((Boolean) args[0] ? 1 : 0));
        }
        return call(connection, method, args);
      }
      if (ROUND_TRIPS.contains(name)) {
        SqlStatements.record(name);
      }
      var result = call(connection, method, args);
      var sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
      if (result instanceof CallableStatement s) {
        return proxy(CallableStatement.class, s, new CountingStatement(s, sql, (Connection) proxy));
      }
      if (result instanceof PreparedStatement s) {
        return proxy(PreparedStatement.class, s, new CountingStatement(s, sql, (Connection) proxy));
      }
      if (result instanceof Statement s) {
        return proxy(Statement.class, s, new CountingStatement(s, null, (Connection) proxy));
      }
      return result;
    }
  }

  /**
   * A statement: each execution is one round trip (a batch is sent as one), recorded with its SQL
   * (a prepared statement's, or the one handed to {@code execute}).
   */
  private record CountingStatement(Statement statement, String prepared, Connection connection)
      implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      var answer = asWrapper(proxy, statement, method, args);
      if (answer != NOT_MINE) {
        return answer;
      }
      var name = method.getName();
      if (name.equals("getConnection")) {
        // The counted connection, so what is sent through it is counted too.
        return connection;
      }
      if (name.startsWith("execute")) {
        SqlStatements.record(
            args != null && args.length > 0 && args[0] instanceof String sql
                ? sql
                : prepared != null ? prepared : name);
      }
      return call(statement, method, args);
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return mariaDb.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    mariaDb.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    mariaDb.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return mariaDb.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return Logger.getLogger("dk.kk.naboskab.sql");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return mariaDb.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || mariaDb.isWrapperFor(iface);
  }
}
