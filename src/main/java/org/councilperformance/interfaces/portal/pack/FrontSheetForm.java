package org.councilperformance.interfaces.portal.pack;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilperformance.domain.report.ContactOfficer;
import org.councilperformance.domain.report.FrontSheet;
import org.councilperformance.domain.report.Implications;
import org.councilperformance.interfaces.portal.Stale;

/**
 * The front sheet's form as typed: lists one entry per line, and a fixed number of contact officer
 * slots, of which the blank ones are left out.
 */
public record FrontSheetForm(
    String purpose,
    String recommendations,
    List<Officer> officers,
    String financial,
    String legal,
    String risk,
    String equalities,
    String climate,
    String backgroundPapers) {
  /** The contact officer slots the form offers: as many as the front sheet may name. */
  public static final int SLOTS = FrontSheet.MAX_OFFICERS;

  /** The implications, as the form's field names and labels. */
  public static final List<String[]> IMPLICATIONS =
      List.of(
          new String[] {"financial", "Financial implications"},
          new String[] {"legal", "Legal implications"},
          new String[] {"risk", "Risk implications"},
          new String[] {"equalities", "Equalities implications"},
          new String[] {"climate", "Climate implications"});

  private static final Pattern OFFICER_PART =
      Pattern.compile("contactOfficers\\[(\\d+)](?:\\.(\\w+))?");
  private static final Pattern LIST_ENTRY =
      Pattern.compile("(recommendations|backgroundPapers)\\[(\\d+)]");
  private static final Pattern OFFICER_FIELD =
      Pattern.compile("contactOfficers\\[(\\d+)]\\.(\\w+)");

  /** One contact officer slot as typed. */
  public record Officer(String name, String post, String phone, String email) {
    boolean blank() {
      return (name + post + phone + email).isBlank();
    }

    String printed() {
      return blank()
          ? ""
          : String.join(
              ", ",
              Arrays.stream(new String[] {name, post, phone, email})
                  .filter(s -> !s.isBlank())
                  .toList());
    }
  }

  public static FrontSheetForm of(FrontSheet sheet) {
    List<Officer> officers = new ArrayList<>();
    for (ContactOfficer o : sheet.contactOfficers()) {
      officers.add(
          new Officer(
              o.name(),
              o.post(),
              Objects.requireNonNullElse(o.phone(), ""),
              Objects.requireNonNullElse(o.email(), "")));
    }
    while (officers.size() < SLOTS) {
      officers.add(new Officer("", "", "", ""));
    }
    Implications i = sheet.implications();
    return new FrontSheetForm(
        text(sheet.purpose()),
        String.join("\n", sheet.recommendations().stream().map(r -> r.replace("\n", " ")).toList()),
        officers,
        text(i.financial()),
        text(i.legal()),
        text(i.risk()),
        text(i.equalities()),
        text(i.climate()),
        String.join("\n", sheet.backgroundPapers()));
  }

  public static FrontSheetForm read(HttpServletRequest request) {
    List<Officer> officers = new ArrayList<>();
    for (int slot = 0; slot < SLOTS; slot++) {
      String prefix = "contactOfficers-" + slot + "-";
      officers.add(
          new Officer(
              value(request, prefix + "name"),
              value(request, prefix + "post"),
              value(request, prefix + "phone"),
              value(request, prefix + "email")));
    }
    return new FrontSheetForm(
        value(request, "purpose"),
        value(request, "recommendations"),
        officers,
        value(request, "financial"),
        value(request, "legal"),
        value(request, "risk"),
        value(request, "equalities"),
        value(request, "climate"),
        value(request, "backgroundPapers"));
  }

  /** The front sheet typed; a rule refuses a bad part as it is made (InvalidValueException). */
  public FrontSheet toFrontSheet() {
    List<ContactOfficer> named = new ArrayList<>();
    List<Integer> slots = filledSlots();
    for (int n = 0; n < slots.size(); n++) {
      Officer o = officers.get(slots.get(n));
      named.add(ContactOfficer.of(o.name, o.post, o.phone, o.email, "contactOfficers[" + n + "]"));
    }
    return new FrontSheet(
        purpose,
        lines(recommendations),
        named,
        new Implications(financial, legal, risk, equalities, climate),
        lines(backgroundPapers));
  }

  /**
   * The form's field a refusal is about: the API names "contactOfficers[1].email" by its place
   * among the filled slots, the form by its slot; a list's entries are one field each.
   */
  public String fieldOf(String refused) {
    Matcher officer = OFFICER_FIELD.matcher(refused);
    if (officer.matches()) {
      int slot = filledSlots().get(Integer.parseInt(officer.group(1)));
      return "contactOfficers-" + slot + "-" + officer.group(2);
    }
    if (refused.startsWith("implications.")) {
      return refused.substring("implications.".length());
    }
    return refused.replaceFirst("\\[\\d+]$", "");
  }

  /**
   * A rule's refusal in the form's words: the rule names the part as the API does
   * ("contactOfficers[0].email must be…", "recommendations[1] is empty…"), the form as its label
   * ("Contact officer 2 email address must be…", "Recommendation 2 is empty…").
   */
  public String message(String refused) {
    int space = refused.indexOf(' ');
    if (space < 0) {
      return refused;
    }
    String part = refused.substring(0, space);
    String label = labelOf(part);
    return label == null ? refused : label + refused.substring(space);
  }

  private String labelOf(String part) {
    Matcher officer = OFFICER_PART.matcher(part);
    if (officer.matches()) {
      int slot = filledSlots().get(Integer.parseInt(officer.group(1)));
      String what = officer.group(2);
      return "Contact officer "
          + (slot + 1)
          + (what == null
              ? ""
              : " "
                  + switch (what) {
                    case "phone" -> "telephone";
                    case "email" -> "email address";
                    default -> what;
                  });
    }
    Matcher entry = LIST_ENTRY.matcher(part);
    if (entry.matches()) {
      int number = Integer.parseInt(entry.group(2)) + 1;
      return (entry.group(1).equals("recommendations") ? "Recommendation " : "Background paper ")
          + number;
    }
    if (part.startsWith("implications.")) {
      String which = part.substring("implications.".length());
      return Character.toUpperCase(which.charAt(0)) + which.substring(1) + " implications";
    }
    return switch (part) {
      case "purpose" -> "Purpose of the report";
      case "recommendations" -> "Recommendations";
      case "contactOfficers" -> "Contact officers";
      case "backgroundPapers" -> "Background papers";
      default -> null;
    };
  }

  /** What the stale page compares: each part, as saved and as typed. */
  List<Stale.Row> compare(FrontSheetForm yours) {
    List<Stale.Row> rows = new ArrayList<>();
    rows.add(new Stale.Row("Purpose of the report", purpose, yours.purpose));
    rows.add(new Stale.Row("Recommendations", recommendations, yours.recommendations));
    rows.add(new Stale.Row("Contact officers", officersText(), yours.officersText()));
    rows.add(new Stale.Row("Financial implications", financial, yours.financial));
    rows.add(new Stale.Row("Legal implications", legal, yours.legal));
    rows.add(new Stale.Row("Risk implications", risk, yours.risk));
    rows.add(new Stale.Row("Equalities implications", equalities, yours.equalities));
    rows.add(new Stale.Row("Climate implications", climate, yours.climate));
    rows.add(new Stale.Row("Background papers", backgroundPapers, yours.backgroundPapers));
    return rows;
  }

  /** The form's fields to post again from the stale page. */
  List<Stale.Field> fields() {
    List<Stale.Field> fields = new ArrayList<>();
    fields.add(new Stale.Field("purpose", purpose));
    fields.add(new Stale.Field("recommendations", recommendations));
    for (int slot = 0; slot < officers.size(); slot++) {
      Officer o = officers.get(slot);
      String prefix = "contactOfficers-" + slot + "-";
      fields.add(new Stale.Field(prefix + "name", o.name));
      fields.add(new Stale.Field(prefix + "post", o.post));
      fields.add(new Stale.Field(prefix + "phone", o.phone));
      fields.add(new Stale.Field(prefix + "email", o.email));
    }
    fields.add(new Stale.Field("financial", financial));
    fields.add(new Stale.Field("legal", legal));
    fields.add(new Stale.Field("risk", risk));
    fields.add(new Stale.Field("equalities", equalities));
    fields.add(new Stale.Field("climate", climate));
    fields.add(new Stale.Field("backgroundPapers", backgroundPapers));
    return fields;
  }

  /** An implication's value by its field name, for the template. */
  public String implication(String field) {
    return switch (field) {
      case "financial" -> financial;
      case "legal" -> legal;
      case "risk" -> risk;
      case "equalities" -> equalities;
      default -> climate;
    };
  }

  private String officersText() {
    return String.join(
        "; ", officers.stream().filter(o -> !o.blank()).map(Officer::printed).toList());
  }

  private List<Integer> filledSlots() {
    List<Integer> slots = new ArrayList<>();
    for (int slot = 0; slot < officers.size(); slot++) {
      if (!officers.get(slot).blank()) {
        slots.add(slot);
      }
    }
    return slots;
  }

  private static List<String> lines(String typed) {
    return typed.lines().filter(l -> !l.isBlank()).toList();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String value(HttpServletRequest request, String name) {
    return Objects.requireNonNullElse(request.getParameter(name), "");
  }
}
