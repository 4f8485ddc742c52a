package dk.kk.naboskab.api.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a list: {@code page} from 0, at most {@link #MAX_SIZE} items. */
public final class Paging {
  static final int MAX_SIZE = 100;
  static final int DEFAULT_SIZE = 25;

  private Paging() {}

  static int first(Integer page, Integer size) {
    return checkedPage(page) * checkedSize(size);
  }

  static int checkedSize(Integer size) {
    var value = size == null ? DEFAULT_SIZE : size;
    if (value < 1 || value > MAX_SIZE) {
      throw ApiProblem.field(422, "size", "Range", "api.problem.pageSize", MAX_SIZE);
    }
    return value;
  }

  static int checkedPage(Integer page) {
    var value = page == null ? 0 : page;
    if (value < 0 || value > 1_000_000) {
      throw ApiProblem.field(422, "page", "Range", "api.problem.page");
    }
    return value;
  }

  /**
   * One page.
   *
   * @param total how many there are in all
   */
  @Schema(name = "Page")
  public record Page<T>(List<T> items, int page, int size, long total) {}
}
