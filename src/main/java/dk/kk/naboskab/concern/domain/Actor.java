package dk.kk.naboskab.concern.domain;

import java.util.Objects;

/** Who takes a step: the user name and the name shown on the timeline. */
public record Actor(String username, String name) {
  public Actor {
    Objects.requireNonNull(username, "username");
    name = name == null || name.isBlank() ? username : name;
  }
}
