package dk.kk.naboskab.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a record's components in the pages — {@code #{r.name()}} or {@code #{r.name}} — through
 * accessors looked up once per record type. Jakarta EL 5 knows no records: it answered each {@code
 * r.name()} by searching the class's methods by reflection, on every cell of every row (the inbox's
 * flight recording had {@code ELUtil.findMethod} among its hottest frames). Anything that is not a
 * record component is left to the resolvers after this one.
 */
public class RecordElResolver extends ELResolver {
  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          var accessors = new HashMap<String, Method>();
          for (var component : type.getRecordComponents()) {
            var accessor = component.getAccessor();
            accessor.trySetAccessible();
            accessors.put(component.getName(), accessor);
          }
          return Map.copyOf(accessors);
        }
      };

  private static Method accessor(Object base, Object name) {
    if (base instanceof Record && name instanceof String component) {
      return ACCESSORS.get(base.getClass()).get(component);
    }
    return null;
  }

  private static Object read(ELContext context, Object base, Object name, Method accessor) {
    try {
      var value = accessor.invoke(base);
      context.setPropertyResolved(base, name);
      return value;
    } catch (IllegalAccessException e) {
      throw new ELException("cannot read " + name + " of " + base.getClass().getName(), e);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    }
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    var accessor = accessor(base, property);
    return accessor == null ? null : read(context, base, property, accessor);
  }

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (params != null && params.length > 0) {
      return null;
    }
    var accessor = accessor(base, method);
    return accessor == null ? null : read(context, base, method, accessor);
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(base, property);
      return null; // read-only
    }
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException(
          property + " of " + base.getClass().getSimpleName() + " is read-only");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base instanceof Record ? String.class : null;
  }
}
