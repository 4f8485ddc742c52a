package dk.kk.naboskab.pathway.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/**
 * A theme of the adult assessment method VUM 2.0 the shelter documents under — the ability to live
 * in a home first. Data (V16 seeds six), maintained like concern categories.
 */
@Cacheable
@Entity
@Table(name = "vum_theme")
public class VumTheme {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 30)
  private String code;

  @Column(name = "name_da", nullable = false, length = 120)
  private String nameDa;

  @Column(name = "name_en", nullable = false, length = 120)
  private String nameEn;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  @Version private int version;

  protected VumTheme() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  /** The theme's name in the reader's language (Danish unless English is asked for). */
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }
}
