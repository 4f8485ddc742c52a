package dk.kk.naboskab.testsupport;

import dk.kk.naboskab.tenancy.domain.CprNumber;
import dk.kk.naboskab.tenancy.infrastructure.CprCipher;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A few rows the browser journeys need, written straight into the test database once the portal has
 * made its schema: hanne's association (AMH) with one department, the demo worker {@code bo}, and
 * one referred tenant he supports.
 */
public final class JourneyData {
  /** The tenant the journeys look for. */
  public static final String TENANT_FIRST_NAME = "Rejse";

  public static final String TENANT_LAST_NAME = "Testesen";
  public static final String WORKER_NAME = "Bo Lindholm";
  public static final String WORKER_EMAIL = "bo@kk-social.example";

  /** A second worker, the SKP sara, to stand in for bo. */
  public static final String SUBSTITUTE_NAME = "Sara Holm";

  /** A home-support worker in karin's unit who does not sign in: the monthly count's worker. */
  public static final String HOME_SUPPORT_NAME = "Mette Holm";

  public static final String HOME_SUPPORT_EMAIL = "mette.holm@kk-social.example";

  /**
   * More of hanne's tenants, without a worker, all before {@link #TENANT_LAST_NAME} in her list:
   * the journeys' tenant is past the twentieth row, where the first filing form stopped.
   */
  public static final String LIST_LAST_NAME = "Beboersen";

  public static final int LIST_TENANTS = 22;

  /** A tenant of ole's association (VBH), whom hanne must never see. */
  public static final String OTHER_TENANT_LAST_NAME = "Valbysen";

  private JourneyData() {}

  /** The id of the journeys' tenant with this last name. */
  public static long tenantId(String lastName) throws SQLException {
    try (var c = connect();
        var s = c.prepareStatement("select id from tenant where last_name = ?")) {
      s.setString(1, lastName);
      try (var rs = s.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("no tenant " + lastName);
        }
        return rs.getLong(1);
      }
    }
  }

  /** One number from the test database, e.g. a count with a condition. */
  public static long number(String sql, Object... parameters) throws SQLException {
    try (var c = connect();
        var s = c.prepareStatement(sql)) {
      for (var i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static java.sql.Connection connect() throws SQLException {
    if (System.getProperty("it.db.port") == null) {
      // Inside Payara (an in-container test): the portal's own data source, the same account.
      try {
        return ((javax.sql.DataSource)
                new javax.naming.InitialContext().lookup(dk.kk.naboskab.shared.Database.JNDI_NAME))
            .getConnection();
      } catch (javax.naming.NamingException e) {
        throw new SQLException("no data source " + dk.kk.naboskab.shared.Database.JNDI_NAME, e);
      }
    }
    var url =
        "jdbc:mariadb://127.0.0.1:"
            + Integer.getInteger("it.db.port")
            + "/"
            + EmbeddedMariaDb.DATABASE;
    return DriverManager.getConnection(url, EmbeddedMariaDb.USER, RealServers.DB_PASSWORD);
  }

  /** Writes the rows unless they are there already. */
  public static synchronized void ensure() throws SQLException {
    try (var c = connect()) {
      try (var rs =
          c.createStatement()
              .executeQuery("select count(*) from housing_association where code = 'AMH'")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return;
        }
      }
      c.setAutoCommit(false);
      var unit =
          insert(
              c,
              "insert into unit (code, name, team_name, team_email) values ('AMAGER',"
                  + " 'Voksenenhed Amager', 'Boligsocialt beredskab, Amager',"
                  + " 'team-amager@kk-social.example')");
      var district =
          insert(
              c,
              "insert into district (name, unit_id) values ('Amager Øst (journey)', " + unit + ")");
      var association =
          insert(
              c,
              "insert into housing_association (code, name) values ('AMH', 'Boligselskabet Amagerhus')");
      var department =
          insert(
              c,
              "insert into department (association_id, number, name, address, postal_code, city, flats, district_id)"
                  + " values ("
                  + association
                  + ", '1', 'Sundholm', 'Sundholmsvej 10', '2300', 'København S', 200, "
                  + district
                  + ")");
      var worker =
          insert(
              c,
              "insert into worker (username, name, phone, email, worker_type, unit_id, fte)"
                  + " values ('bo', '"
                  + WORKER_NAME
                  + "', '33171234', '"
                  + WORKER_EMAIL
                  + "', 'HOUSING_ADVISOR', "
                  + unit
                  + ", 1.00)");
      insert(
          c,
          "insert into worker (username, name, phone, worker_type, unit_id, fte)"
              + " values ('sara', '"
              + SUBSTITUTE_NAME
              + "', '33175678', 'SUPPORT_CONTACT', "
              + unit
              + ", 0.80)");
      insert(
          c,
          "insert into worker (name, phone, email, worker_type, unit_id, fte) values ('"
              + HOME_SUPPORT_NAME
              + "', '33179012', '"
              + HOME_SUPPORT_EMAIL
              + "', 'HOME_SUPPORT', "
              + unit
              + ", 1.00)");
      var cipher =
          CprCipher.fromBase64(
              System.getProperty("it.cpr.key", System.getProperty("naboskab.cpr.key")));
      var vbh =
          insert(
              c,
              "insert into housing_association (code, name) values ('VBH', 'Boligforeningen Valby Have')");
      var valby =
          insert(
              c,
              "insert into department (association_id, number, name, address, postal_code, city, flats, district_id)"
                  + " values ("
                  + vbh
                  + ", '7', 'Valby Have', 'Valbyholm 2', '2500', 'Valby', 90, "
                  + district
                  + ")");
      var other = CprNumber.parse("010170-1111");
      insert(
          c,
          "insert into tenant (first_name, last_name, cpr_encrypted, cpr_index, department_id, address,"
              + " referral_date, move_in_date, support_track, consent, created_at) values ('Vera', '"
              + OTHER_TENANT_LAST_NAME
              + "', '"
              + cipher.encryptUnbound(other)
              + "', '"
              + cipher.index(other)
              + "', "
              + valby
              + ", 'Valbyholm 2, st. tv.', '2026-01-05', '2026-02-01', 'NONE', 'REFUSED', now())");
      var cpr = CprNumber.parse("120385-1234");
      try (var s =
          c.prepareStatement(
              "insert into tenant (first_name, last_name, cpr_encrypted, cpr_index, department_id, address,"
                  + " referral_date, move_in_date, support_track, consent, consent_date, created_at)"
                  + " values (?, ?, ?, ?, ?, 'Sundholmsvej 10, 2. th', '2026-01-05', '2026-02-01', 'SHORT_TERM', 'GIVEN', '2026-01-05', now())",
              Statement.RETURN_GENERATED_KEYS)) {
        s.setString(1, TENANT_FIRST_NAME);
        s.setString(2, TENANT_LAST_NAME);
        s.setString(3, cipher.encryptUnbound(cpr));
        s.setString(4, cipher.index(cpr));
        s.setLong(5, department);
        s.executeUpdate();
        try (var keys = s.getGeneratedKeys()) {
          keys.next();
          insert(
              c,
              "insert into assignment (tenant_id, worker_id, role, from_date) values ("
                  + keys.getLong(1)
                  + ", "
                  + worker
                  + ", 'HOUSING_ADVISOR', '2026-02-01')");
        }
      }
      for (var i = 1; i <= LIST_TENANTS; i++) {
        var listed = CprNumber.parse(String.format("%02d0280-%04d", i, 2000 + i));
        try (var s =
            c.prepareStatement(
                "insert into tenant (first_name, last_name, cpr_encrypted, cpr_index, department_id, address,"
                    + " referral_date, move_in_date, support_track, consent, consent_date, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, '2026-01-05', '2026-02-01', 'NONE', 'GIVEN', '2026-01-05', now())")) {
          s.setString(1, listFirstName(i));
          s.setString(2, LIST_LAST_NAME);
          s.setString(3, cipher.encryptUnbound(listed));
          s.setString(4, cipher.index(listed));
          s.setLong(5, department);
          s.setString(6, "Sundholmsvej 12, " + i + ". sal");
          s.executeUpdate();
        }
      }
      // Tenants written here, not registered through the portal: their consent as its record.
      c.createStatement()
          .executeUpdate(
              "insert into tenant_consent (tenant_id, state, names_contact, support_kind, given_on,"
                  + " expires_on, recorded_at, recorded_by) select t.id, t.consent,"
                  + " t.consent = 'GIVEN', t.consent = 'GIVEN', coalesce(t.consent_date, t.referral_date),"
                  + " null, utc_timestamp(6), 'journey' from tenant t where not exists"
                  + " (select 1 from tenant_consent k where k.tenant_id = t.id)");
      // The shelter pathway (#17): lise's shelter, jonas outposted to it and one more, sofie to it.
      var sundholm =
          insert(
              c,
              "insert into shelter (code, name, address, places) values ('SUNDHOLM',"
                  + " 'Herberget Sundholm', 'Sundholmsvej 8, 2300 København S', 60)");
      var hillerodgade =
          insert(
              c,
              "insert into shelter (code, name, address, places) values ('HILLERODGADE',"
                  + " 'Herberget Hillerødgade', 'Hillerødgade 80, 2200 København N', 40)");
      var jonas =
          insert(
              c,
              "insert into case_worker (username, name, email) values ('jonas', 'Jonas Brix',"
                  + " 'jonas@kk.example')");
      c.createStatement()
          .executeUpdate(
              "insert into shelter_case_worker (shelter_id, case_worker_id) values ("
                  + sundholm
                  + ", "
                  + jonas
                  + "), ("
                  + hillerodgade
                  + ", "
                  + jonas
                  + ")");
      // sofie: the second case worker at Sundholm, who approves jonas's recommendations.
      var sofie =
          insert(
              c,
              "insert into case_worker (username, name, email) values ('sofie', 'Sofie Winther',"
                  + " 'sofie@kk.example')");
      c.createStatement()
          .executeUpdate(
              "insert into shelter_case_worker (shelter_id, case_worker_id) values ("
                  + sundholm
                  + ", "
                  + sofie
                  + ")");
      c.commit();
    }
  }

  /** The first name of the i-th of {@link #LIST_TENANTS} (1-based). */
  public static String listFirstName(int i) {
    return String.format("Liste%02d", i);
  }

  private static long insert(java.sql.Connection c, String sql) throws SQLException {
    try (var s = c.createStatement()) {
      s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
      try (var keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
