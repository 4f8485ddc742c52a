package dk.kk.naboskab.concern.application;

import dk.kk.naboskab.shared.Published;
import java.io.Serializable;

/**
 * A file the user chose, as it arrived: its name and its bytes (the type is decided on content).
 */
@Published("api: a file sent with a filing or a step")
public record Upload(String fileName, byte[] content) implements Serializable {
  public int size() {
    return content.length;
  }

  /** The size as the page shows it, in whole kilobytes (at least 1). */
  public String sizeLabel() {
    return Math.max(1, (content.length + 1023) / 1024) + " kB";
  }
}
