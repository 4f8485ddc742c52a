package dk.kk.naboskab.shared;

/**
 * Someone else saved the record after the user's form was loaded: nothing of the user's change is
 * stored, and the page tells them so and keeps what they typed. An application exception that rolls
 * back (declared in ejb-jar.xml).
 */
public class ConcurrentChange extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConcurrentChange(String what) {
    super(what + " was changed by someone else since the form was loaded");
  }
}
