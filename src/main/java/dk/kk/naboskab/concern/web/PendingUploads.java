package dk.kk.naboskab.concern.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * What one person's open forms hold of files not yet sent, across every tab: a form holds at most
 * five, and a session at most {@link #MAX_FILES} files or {@link #MAX_BYTES} bytes, so nobody can
 * fill the server's memory by opening forms.
 */
@SessionScoped
public class PendingUploads implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Files a session may hold in its forms at once. */
  static final int MAX_FILES = 15;

  /** Bytes a session may hold in its forms at once: 60 MB. */
  static final long MAX_BYTES = 60L * 1024 * 1024;

  private int files;
  private long bytes;

  /** Takes a file on, if the session has room for it. */
  public synchronized boolean take(int size) {
    if (files + 1 > MAX_FILES || bytes + size > MAX_BYTES) {
      return false;
    }
    files++;
    bytes += size;
    return true;
  }

  /** A file left a form: sent, removed, or its page closed. */
  public synchronized void release(int size) {
    files = Math.max(0, files - 1);
    bytes = Math.max(0, bytes - size);
  }
}
