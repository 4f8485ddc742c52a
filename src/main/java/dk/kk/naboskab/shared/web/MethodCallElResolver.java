package dk.kk.naboskab.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calls a method in the pages — {@code #{dates.moment(r.filedAt())}}, {@code
 * #{'urgency.'.concat(u)}} — through a lookup kept per class, name and number of arguments. Jakarta
 * EL 5's bean resolver copied and searched every method of the class on every call ({@code
 * Class.copyMethods} under {@code ELUtil.findMethod}: the hottest frames of the inbox after the
 * database work). Only the plain case is taken — exactly one public, non-varargs method of that
 * name and arity on a public class; anything else (overloads, varargs) is left to the resolvers
 * after this one, which coerce as EL always has.
 */
public class MethodCallElResolver extends ELResolver {
  private static final ClassValue<Map<String, Optional<Method>>> CALLS =
      new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          var byKey = new HashMap<String, List<Method>>();
          if (Modifier.isPublic(type.getModifiers())) {
            for (var method : type.getMethods()) {
              if (!Modifier.isStatic(method.getModifiers())
                  && Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                byKey
                    .computeIfAbsent(
                        key(method.getName(), method.getParameterCount()),
                        k -> new java.util.ArrayList<>())
                    .add(method);
              }
            }
          }
          var calls = new HashMap<String, Optional<Method>>();
          byKey.forEach(
              (key, methods) ->
                  calls.put(
                      key,
                      methods.size() == 1 && !methods.get(0).isVarArgs()
                          ? Optional.of(methods.get(0))
                          : Optional.empty()));
          return Map.copyOf(calls);
        }
      };

  private static String key(String name, int arity) {
    return name + "/" + arity;
  }

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || !(method instanceof String name)) {
      return null;
    }
    var arguments = params == null ? new Object[0] : params;
    var found = CALLS.get(base.getClass()).get(key(name, arguments.length));
    if (found == null || found.isEmpty()) {
      return null;
    }
    var target = found.get();
    var types = target.getParameterTypes();
    var coerced = new Object[arguments.length];
    for (var i = 0; i < arguments.length; i++) {
      coerced[i] =
          fits(arguments[i], types[i])
              ? arguments[i]
              : context.convertToType(arguments[i], types[i]);
    }
    try {
      var result = target.invoke(base, coerced);
      context.setPropertyResolved(base, method);
      return result;
    } catch (IllegalAccessException e) {
      return null; // not reachable this way: the resolvers after this one find another
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    }
  }

  private static boolean fits(Object value, Class<?> type) {
    if (value == null) {
      return !type.isPrimitive();
    }
    if (type.isPrimitive()) {
      return java.lang.invoke.MethodType.methodType(type).wrap().returnType().isInstance(value);
    }
    return type.isInstance(value);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {}

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
