package dk.kk.naboskab.concern.domain;

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
 * A kind of concern and the VUM theme the municipality follows it up in. Data an administrator
 * maintains, not code: a category is retired (inactive), never deleted, so old concerns keep it.
 */
// Reference data: read on every page, changed by an administrator now and then (ADR 17).
@Cacheable
@Entity
@Table(name = "category")
public class Category {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 30, updatable = false)
  private String code;

  @Column(name = "name_da", nullable = false, length = 120)
  private String nameDa;

  @Column(name = "name_en", nullable = false, length = 120)
  private String nameEn;

  @Column(name = "vum_theme", nullable = false, length = 120)
  private String vumTheme;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  @Version private int version;

  protected Category() {}

  public Category(String code, String nameDa, String nameEn, String vumTheme, int sortOrder) {
    this.code = code;
    this.nameDa = nameDa;
    this.nameEn = nameEn;
    this.vumTheme = vumTheme;
    this.sortOrder = sortOrder;
  }

  public void change(String nameDa, String nameEn, String vumTheme, int sortOrder, boolean active) {
    this.nameDa = nameDa;
    this.nameEn = nameEn;
    this.vumTheme = vumTheme;
    this.sortOrder = sortOrder;
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getNameDa() {
    return nameDa;
  }

  public String getNameEn() {
    return nameEn;
  }

  /** The name in the reader's language (Danish unless English). */
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
  }

  public String getVumTheme() {
    return vumTheme;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public int getVersion() {
    return version;
  }
}
