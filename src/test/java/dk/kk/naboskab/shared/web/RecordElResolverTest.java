package dk.kk.naboskab.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import org.junit.jupiter.api.Test;

class RecordElResolverTest {
  public record Row(String tenantName, int version) {
    public String label(String prefix) {
      return prefix + tenantName;
    }
  }

  private final RecordElResolver resolver = new RecordElResolver();

  private static ELContext context() {
    return new BareElContext();
  }

  @Test
  void readsAComponentAsAPropertyOrAsACall() {
    var row = new Row("Hanne Hansen", 3);
    var asProperty = context();
    assertEquals("Hanne Hansen", resolver.getValue(asProperty, row, "tenantName"));
    assertTrue(asProperty.isPropertyResolved());
    var asCall = context();
    assertEquals(3, resolver.invoke(asCall, row, "version", new Class<?>[0], new Object[0]));
    assertTrue(asCall.isPropertyResolved());
  }

  @Test
  void leavesEverythingElseToTheResolversAfterIt() {
    var row = new Row("Hanne Hansen", 3);
    var withArguments = context();
    assertNull(
        resolver.invoke(
            withArguments, row, "label", new Class<?>[] {String.class}, new Object[] {"x"}));
    assertFalse(withArguments.isPropertyResolved());
    var notAComponent = context();
    assertNull(resolver.getValue(notAComponent, row, "hashCode"));
    assertFalse(notAComponent.isPropertyResolved());
    var notARecord = context();
    assertNull(resolver.getValue(notARecord, "text", "length"));
    assertFalse(notARecord.isPropertyResolved());
  }

  @Test
  void aRecordIsReadOnly() {
    var row = new Row("Hanne Hansen", 3);
    assertTrue(resolver.isReadOnly(context(), row, "tenantName"));
    assertThrows(
        PropertyNotWritableException.class,
        () -> resolver.setValue(context(), row, "tenantName", "Ole"));
  }
}
