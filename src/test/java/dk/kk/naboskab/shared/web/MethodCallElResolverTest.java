package dk.kk.naboskab.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import org.junit.jupiter.api.Test;

class MethodCallElResolverTest {
  private final MethodCallElResolver resolver = new MethodCallElResolver();

  private static ELContext context() {
    return new BareElContext();
  }

  @Test
  void callsTheOneMethodOfThatNameAndArity() {
    var call = context();
    assertEquals(
        "urgency.ACUTE", resolver.invoke(call, "urgency.", "concat", null, new Object[] {"ACUTE"}));
    assertTrue(call.isPropertyResolved());
    var primitive = context();
    assertEquals('b', resolver.invoke(primitive, "abc", "charAt", null, new Object[] {1}));
  }

  @Test
  void leavesOverloadsAndUnknownsToTheResolversAfterIt() {
    var overloaded = context();
    assertNull(
        resolver.invoke(overloaded, new StringBuilder(), "append", null, new Object[] {"x"}));
    assertFalse(overloaded.isPropertyResolved());
    var unknown = context();
    assertNull(resolver.invoke(unknown, "abc", "noSuchMethod", null, new Object[0]));
    assertFalse(unknown.isPropertyResolved());
    var nonPublicClass = context();
    assertNull(resolver.invoke(nonPublicClass, new Hidden(), "name", null, new Object[0]));
    assertFalse(nonPublicClass.isPropertyResolved());
  }

  private static final class Hidden {
    public String name() {
      return "hidden";
    }
  }
}
