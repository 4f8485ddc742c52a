package dk.kk.naboskab.shared;

/** A LIKE pattern's one escaping rule: a typed %, _ or backslash matches itself. */
public final class Like {
  private Like() {}

  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
