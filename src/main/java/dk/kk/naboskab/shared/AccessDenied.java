package dk.kk.naboskab.shared;

/**
 * The caller may not do or see this. Pages show the Danish 403 page for it; the REST API answers
 * 403. Declared an application exception with rollback (ejb-jar.xml): nothing is stored.
 */
public class AccessDenied extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDenied(String what) {
    super(what);
  }
}
