package dk.kk.naboskab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a session keeps is copied to the other node of a cluster (#19, ADR 28): every field of a
 * view-, session- or conversation-scoped bean, and everything those fields hold, down to the JDK's
 * own types, must be serialisable — or {@code transient} and rebuilt. Injected beans are Weld's
 * serialisable proxies. Checked on the declared types, generic arguments included, so a record a
 * view keeps in a list fails here, not on the second node.
 */
class SessionStateTest {

  @Test
  void everythingASessionKeepsCanBeCopiedToAnotherNode() {
    var beans =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.kk.naboskab")
                .stream()
                .filter(
                    c ->
                        c.isAnnotatedWith(ViewScoped.class)
                            || c.isAnnotatedWith(SessionScoped.class)
                            || c.isAnnotatedWith(ConversationScoped.class))
                .map(c -> c.reflect())
                .toList();
    assertFalse(beans.isEmpty(), "no view-scoped bean found: the check would pass on nothing");
    var problems = new ArrayList<String>();
    var seen = new HashSet<Type>();
    for (var bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      check(bean, bean.getSimpleName(), problems, seen);
      injectedTransient(bean, problems);
    }
    assertEquals(List.of(), problems, "what a session keeps but a cluster could not copy");
  }

  /**
   * An injected service marked {@code transient} is null in the copy another node takes over (the
   * tenant list's search failed so on the second node): Weld's proxies are serialisable, so an
   * injected field of a bean a session keeps is never transient.
   */
  @Test
  void anInjectedFieldMarkedTransientFails() {
    var problems = new ArrayList<String>();
    injectedTransient(ForgetsItsService.class, problems);
    assertEquals(
        List.of(
            "ForgetsItsService.service is injected but transient: null on another node",
            "ForgetsItsService.validator keeps a Validator, which another node could not"
                + " restore: ask for it when needed"),
        problems);
  }

  @SuppressWarnings("unused")
  private static final class ForgetsItsService implements Serializable {
    private static final long serialVersionUID = 1L;
    @Inject transient Object service;
    @Inject jakarta.validation.Validator validator;
  }

  private static void injectedTransient(Class<?> bean, List<String> problems) {
    for (var c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!field.isAnnotationPresent(Inject.class)) {
          continue;
        }
        if (Modifier.isTransient(field.getModifiers())) {
          problems.add(
              bean.getSimpleName()
                  + "."
                  + field.getName()
                  + " is injected but transient: null on another node");
        } else if (!field.getType().getName().startsWith("dk.kk.naboskab.")
            && field.getType() != java.time.Clock.class) {
          // The portal's own beans are proxied by Weld and found again on the other node, and the
          // clock is a value (ClockProducer's, serialised with the bean); a container's built-in
          // (the validator's proxy) could not be: Weld's restore fails.
          problems.add(
              bean.getSimpleName()
                  + "."
                  + field.getName()
                  + " keeps a "
                  + field.getType().getSimpleName()
                  + ", which another node could not restore: ask for it when needed");
        }
      }
    }
  }

  /** A class made to break the rule: the check must see the record inside the list. */
  @Test
  void aViewKeepingAPlainRecordInAListFails() {
    var problems = new ArrayList<String>();
    check(Breaks.class, "Breaks", problems, new HashSet<>());
    assertEquals(List.of("Breaks.rows → List<Plain>: Plain is not Serializable"), problems);
  }

  @SuppressWarnings("unused")
  private static final class Breaks implements Serializable {
    private static final long serialVersionUID = 1L;
    private List<Plain> rows;
    private transient Plain rebuilt;
  }

  private record Plain(String name) {}

  private static void check(Class<?> owner, String path, List<String> problems, Set<Type> seen) {
    for (var c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        var modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)
            || field.isSynthetic()) {
          continue;
        }
        type(field.getGenericType(), path + "." + field.getName(), problems, seen);
      }
    }
  }

  private static void type(Type type, String path, List<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      type(parameterized.getRawType(), path, problems, seen);
      for (var argument : parameterized.getActualTypeArguments()) {
        var raw = ((Class<?>) parameterized.getRawType()).getSimpleName();
        type(argument, path + " → " + raw + "<" + name(argument) + ">", problems, seen);
      }
      return;
    }
    if (type instanceof WildcardType wildcard) {
      for (var bound : wildcard.getUpperBounds()) {
        type(bound, path, problems, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || c.isPrimitive()) {
      return;
    }
    if (c.isArray()) {
      type(c.getComponentType(), path, problems, seen);
      return;
    }
    if (c.isInterface() || c == Object.class || Modifier.isAbstract(c.getModifiers())) {
      // Collections and other interfaces: what they hold is checked through the generic argument;
      // the JDK's own implementations are serialisable.
      if (!c.getName().startsWith("java.") && !c.getName().startsWith("jakarta.")) {
        if (!Serializable.class.isAssignableFrom(c) && !c.isInterface()) {
          problems.add(path + ": " + c.getSimpleName() + " is not Serializable");
        }
        check(c, path, problems, seen);
      }
      return;
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(path + ": " + c.getSimpleName() + " is not Serializable");
      return;
    }
    if (c.getName().startsWith("dk.kk.naboskab.")) {
      check(c, path, problems, seen);
    }
  }

  private static String name(Type type) {
    return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
  }
}
