package dk.kk.naboskab.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A thread's name carries one request id at a time and gets its own name back. */
class RequestIdsTest {
  @Test
  void aStaleIdIsReplacedNotAppended() {
    assertEquals(
        "http-thread-pool::http-listener(3)",
        RequestIds.base("http-thread-pool::http-listener(3) req=abc123def"));
    assertEquals("__ejb-thread-pool2", RequestIds.base("__ejb-thread-pool2"));
  }
}
