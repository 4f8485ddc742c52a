package dk.kk.naboskab.audit.application;

import dk.kk.naboskab.audit.domain.Chain;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The read log's chain in the database: the one place that reads log rows for hashing, so the
 * sealer, the admin page's check and the command-line verifier hash exactly the same text. Plain
 * JDBC on a connection the caller owns (the container's, in a transaction, or the command's own).
 */
public final class ChainStore {
  /**
   * How long a log row may take to commit after it was stamped: the sealer looks this far back
   * behind the newest row it sealed, so a read in a long transaction is sealed when it commits.
   */
  public static final Duration LATE_COMMIT = Duration.ofMinutes(15);

  /** Every column of a log row, as text the database renders the same way every time. */
  private static final String ROW_COLUMNS =
      "e.id, date_format(e.occurred_at, '%Y-%m-%dT%H:%i:%s.%f'), e.actor, e.actor_role,"
          + " e.actor_unit, e.action, e.purpose, e.outcome, e.subject, e.tenant_id, e.concern_id,"
          + " e.attachment_id, date_format(e.logged_at, '%Y-%m-%dT%H:%i:%s.%f')";

  private static final int ROW_COLUMN_COUNT = 13;

  private ChainStore() {}

  /**
   * The chain's head as stored.
   *
   * @param sealedThrough the database's time of the newest row sealed (its {@code logged_at})
   */
  public record Head(long seq, byte[] hash, LocalDateTime sealedThrough) {}

  /**
   * The head, locked until the caller's transaction ends: one sealer at a time, on any node.
   *
   * @param lock whether to lock it (the sealer) or read it as of the transaction's snapshot
   */
  public static Head head(Connection connection, boolean lock) throws SQLException {
    try (var statement =
            connection.prepareStatement(
                "select seq, hash, sealed_through from audit_chain where id = 1"
                    + (lock ? " for update" : ""));
        var rows = statement.executeQuery()) {
      if (!rows.next()) {
        throw new IllegalStateException("audit_chain has no head row: the schema is incomplete");
      }
      return new Head(rows.getLong(1), rows.getBytes(2), rows.getObject(3, LocalDateTime.class));
    }
  }

  /** A log row not yet sealed, with the database's time of its insert. */
  public record Unsealed(long id, LocalDateTime loggedAt, Chain.Row row) {}

  /**
   * The oldest rows without a seal, inserted since {@link #LATE_COMMIT} before the newest row the
   * chain has sealed (by the database's own clock, so a portal's clock — skewed, or pinned in a
   * test — cannot hide a row from the sealer), in the order of their ids.
   *
   * @param max at most this many
   */
  public static List<Unsealed> unsealed(Connection connection, Head head, int max)
      throws SQLException {
    var found = new ArrayList<Unsealed>();
    try (var statement =
        connection.prepareStatement(
            "select "
                + ROW_COLUMNS
                + ", e.logged_at from audit_event e"
                + " where e.logged_at >= coalesce(?, timestamp '1970-01-01 00:00:00')"
                + "   - interval "
                + LATE_COMMIT.toMinutes()
                + " minute"
                + " and not exists (select 1 from audit_seal s where s.event_id = e.id)"
                + " order by e.id limit ?")) {
      statement.setObject(1, head.sealedThrough());
      statement.setInt(2, max);
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          found.add(
              new Unsealed(
                  rows.getLong(1),
                  rows.getObject(ROW_COLUMN_COUNT + 1, LocalDateTime.class),
                  row(rows, 1)));
        }
      }
    }
    return found;
  }

  /**
   * Seals the rows, in order, after the head, and moves the head. The caller holds the head's lock
   * ({@link #head(Connection, boolean)} with {@code lock}).
   *
   * @return the new head
   */
  public static Head seal(Connection connection, Head head, List<Unsealed> rows, Instant now)
      throws SQLException {
    if (rows.isEmpty()) {
      return head;
    }
    var seq = head.seq();
    var hash = head.hash();
    var through = head.sealedThrough();
    try (var insert =
        connection.prepareStatement(
            "insert into audit_seal (seq, event_id, prev_hash, hash, sealed_at)"
                + " values (?, ?, ?, ?, ?)")) {
      for (var row : rows) {
        seq++;
        var next = Chain.link(hash, seq, row.row());
        insert.setLong(1, seq);
        insert.setLong(2, row.id());
        insert.setBytes(3, hash);
        insert.setBytes(4, next);
        insert.setObject(5, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        insert.addBatch();
        hash = next;
        if (through == null || row.loggedAt().isAfter(through)) {
          through = row.loggedAt();
        }
      }
      insert.executeBatch();
    }
    try (var update =
        connection.prepareStatement(
            "update audit_chain set seq = ?, hash = ?, sealed_through = ? where id = 1")) {
      update.setLong(1, seq);
      update.setBytes(2, hash);
      update.setObject(3, through);
      update.executeUpdate();
    }
    return new Head(seq, hash, through);
  }

  /**
   * Walks the whole chain up to its head and names the first seal that does not hold. Reads in
   * pages; the caller's transaction gives one snapshot (MariaDB's repeatable read), so a sealer
   * working meanwhile does not disturb the walk.
   */
  public static Chain.Verdict verify(Connection connection) throws SQLException {
    return walk(connection, new Chain.Walk(), Long.MIN_VALUE);
  }

  /**
   * Walks the seals after {@code seq}, trusting the chain up to it: the newest part of the chain,
   * checked as it grows (#19). The seal {@code seq} itself must be there (0: from the start).
   */
  public static Chain.Verdict verifyAfter(Connection connection, long seq) throws SQLException {
    if (seq <= 0) {
      return verify(connection);
    }
    try (var statement = connection.prepareStatement("select hash from audit_seal where seq = ?")) {
      statement.setLong(1, seq);
      try (var rows = statement.executeQuery()) {
        if (!rows.next()) {
          return new Chain.Walk().end(-1, new byte[0]);
        }
        return walk(connection, Chain.Walk.after(seq, rows.getBytes(1)), seq);
      }
    }
  }

  private static Chain.Verdict walk(Connection connection, Chain.Walk walk, long after)
      throws SQLException {
    var head = head(connection, false);
    while (true) {
      var page = 0;
      try (var statement =
          connection.prepareStatement(
              "select s.seq, s.event_id, s.prev_hash, s.hash, "
                  + ROW_COLUMNS
                  + " from audit_seal s left join audit_event e on e.id = s.event_id"
                  + " where s.seq > ? and s.seq <= ? order by s.seq limit 5000")) {
        statement.setLong(1, after);
        statement.setLong(2, head.seq());
        try (var rows = statement.executeQuery()) {
          while (rows.next()) {
            page++;
            after = rows.getLong(1);
            rows.getLong(5);
            var row = rows.wasNull() ? null : row(rows, 5);
            walk.next(
                new Chain.Seal(after, rows.getLong(2), rows.getBytes(3), rows.getBytes(4), row));
          }
        }
      }
      if (page == 0) {
        return walk.end(head.seq(), head.hash());
      }
    }
  }

  /**
   * How many rows inserted more than twice {@link #LATE_COMMIT} ago (by the database's clock) have
   * no seal: there should be none.
   */
  public static long unsealedOld(Connection connection) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "select count(*) from audit_event e where e.logged_at < current_timestamp(6)"
                + " - interval "
                + LATE_COMMIT.multipliedBy(2).toMinutes()
                + " minute"
                + " and not exists (select 1 from audit_seal s where s.event_id = e.id)")) {
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static Chain.Row row(ResultSet rows, int first) throws SQLException {
    var columns = new ArrayList<String>(ROW_COLUMN_COUNT);
    for (var i = 0; i < ROW_COLUMN_COUNT; i++) {
      columns.add(rows.getString(first + i));
    }
    return new Chain.Row(columns);
  }
}
