package dk.kk.naboskab.audit.application;

import dk.kk.naboskab.audit.domain.Chain;
import dk.kk.naboskab.shared.Database;
import dk.kk.naboskab.shared.Published;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Seals the read log: appends the rows committed since the last run to the hash chain, in one
 * transaction that holds the chain's head, so two nodes never seal at once and a crash seals
 * nothing half. The rows themselves were written with the reads they record; sealing them later
 * loses none (ADR 22).
 */
@Published("tests and the admin page: seal the read log now")
@Stateless
public class ChainSealer {
  /** Rows per transaction; a backlog is sealed over several. */
  static final int BATCH = 2_000;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;
  @Resource SessionContext context;

  /**
   * Seals one batch of what is waiting.
   *
   * @return how many rows it sealed (fewer than {@link #BATCH}: nothing more was waiting)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sealBatch() {
    try (var connection = dataSource.getConnection()) {
      var head = ChainStore.head(connection, true);
      var rows = ChainStore.unsealed(connection, head, BATCH);
      ChainStore.seal(connection, head, rows, clock.instant());
      return rows.size();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not seal the read log: " + e.getMessage(), e);
    }
  }

  /** Seals everything waiting now, each batch in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sealAll() {
    var self = context.getBusinessObject(ChainSealer.class);
    var total = 0;
    int sealed;
    do {
      sealed = self.sealBatch();
      total += sealed;
    } while (sealed == BATCH);
    return total;
  }

  /**
   * Walks the whole chain and, beside it, counts rows left without a seal longer than a commit can
   * take.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Check check() {
    try (var connection = dataSource.getConnection()) {
      var verdict = ChainStore.verify(connection);
      var unsealed = ChainStore.unsealedOld(connection);
      return new Check(clock.instant(), verdict, unsealed);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not verify the read log: " + e.getMessage(), e);
    }
  }

  /** The chain's head now: how many rows are sealed, and the newest hash. */
  public ChainStore.Head head() {
    try (var connection = dataSource.getConnection()) {
      return ChainStore.head(connection, false);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the read log's head: " + e.getMessage(), e);
    }
  }

  /**
   * What operations watch (#19): the seals after {@code seq} checked against the one before them,
   * and the rows waiting for the sealer — how many, and the oldest's age by the database's clock.
   * Cheap at any size of the log: it reads only what is new.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Growth growthAfter(long seq) {
    try (var connection = dataSource.getConnection()) {
      var verdict = ChainStore.verifyAfter(connection, seq);
      var head = ChainStore.head(connection, false);
      try (var statement =
          connection.prepareStatement(
              "select count(*), coalesce(timestampdiff(second, min(e.logged_at),"
                  + " current_timestamp(6)), 0) from audit_event e"
                  + " where e.logged_at >= coalesce(?, timestamp '1970-01-01 00:00:00')"
                  + "   - interval "
                  + ChainStore.LATE_COMMIT.toMinutes()
                  + " minute"
                  + " and not exists (select 1 from audit_seal s where s.event_id = e.id)")) {
        statement.setObject(1, head.sealedThrough());
        try (var rows = statement.executeQuery()) {
          rows.next();
          return new Growth(verdict, rows.getLong(1), rows.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not watch the read log: " + e.getMessage(), e);
    }
  }

  /**
   * The newest part of the chain: its verdict (up to {@link Chain.Verdict#headSeq()}), the rows not
   * yet sealed and the oldest one's age in seconds.
   */
  public record Growth(Chain.Verdict verdict, long unsealed, long oldestUnsealedSeconds) {}

  /** A check's result: the chain's verdict and the rows the sealer has not reached. */
  public record Check(Instant at, Chain.Verdict verdict, long unsealed) {
    public boolean intact() {
      return verdict.intact() && unsealed == 0;
    }
  }
}
