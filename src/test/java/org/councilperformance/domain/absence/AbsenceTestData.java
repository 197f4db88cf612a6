package org.councilperformance.domain.absence;

import java.math.BigDecimal;
import java.util.List;

/** The sample council's absence tables (NWLDC 2018/19), as printed, for the tests. */
final class AbsenceTestData {
  private AbsenceTestData() {}

  static BigDecimal n(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  static AbsenceFigures figures(
      String longTerm, String shortTerm, String fte, String total, String daysPerFte) {
    return new AbsenceFigures(n(longTerm), n(shortTerm), n(fte), n(total), n(daysPerFte));
  }

  static AbsenceTable.Line line(
      String name, String longTerm, String shortTerm, String fte, String total, String perFte) {
    return new AbsenceTable.Line(
        name.toUpperCase(), name, figures(longTerm, shortTerm, fte, total, perFte), null);
  }

  /** Q1: every work area's days per FTE follows from its days and FTE. */
  static AbsenceTable q1() {
    return new AbsenceTable(
        "2018-19-Q1",
        List.of(
            line("Chief Exec", "0", "0", "12.65", "0", "0"),
            line("Community Services", "538.28", "114.85", "212.25", "653.13", "3.08"),
            line("Customer Services", "164.07", "39.3", "48.09", "203.37", "4.23"),
            line("Economic Development", "0", "16", "11.29", "16", "1.42"),
            line("Finance", "0", "10.14", "10.0", "10.14", "1.01"),
            line("Housing Services", "25.31", "58.52", "85.76", "83.83", "0.98"),
            line("HR&OD", "0", "4", "6.19", "4", "0.65"),
            line("Legal & Support Services", "57.5", "32.41", "42.57", "89.91", "2.11"),
            line("Reg & Planning", "0", "19.25", "22.71", "19.25", "0.85")));
  }

  /** Q1's printed "All Directorates" row. */
  static AbsenceFigures q1CouncilRow() {
    return figures("786.17", "294.37", "451.59", "1079.63", "2.39");
  }

  /** Q2: six work areas print a days per FTE that does not follow. */
  static AbsenceTable q2() {
    return new AbsenceTable(
        "2018-19-Q2",
        List.of(
            line("Chief Exec", "0", "0", "12.65", "0", "0"),
            line("Community Services", "501.79", "126.35", "212.34", "628.14", "2.9"),
            line("Customer Services", "86.31", "51.2", "48.09", "137.51", "2.46"),
            line("Economic Development", "0", "0", "11.29", "0", "0"),
            line("Finance", "0", "0", "10.0", "0", "0"),
            line("Housing Services", "101.35", "70.26", "85.76", "171.61", "1.68"),
            line("HR&OD", "22", "0", "6.19", "22", "2.16"),
            line("Legal & Support Services", "33", "24", "42.56", "57", "2.92"),
            line("Reg & Planning", "23", "4.03", "22.71", "27.03", "1.14")));
  }

  /** Q2's printed "All Directorates" row: 658.14 + 220.61 is not 1043.29, and 2.24 is not 2.31. */
  static AbsenceFigures q2CouncilRow() {
    return figures("658.14", "220.61", "451.59", "1043.29", "2.24");
  }

  static List<AbsenceReasonShare> q2Reasons() {
    String[][] printed = {
      {"Asthma - bronchitis – respiratory", "3.85"},
      {"Back pain - sprain - strain - musculo- skeletal", "36.45"},
      {"Blood conditions", "0.96"},
      {"Cold and Flu", "3.57"},
      {"Debility – fatigue", "0.19"},
      {"Ear nose & throat – dental", "1.17"},
      {"Eye – ophthalmic", "0.4"},
      {"Genito-urinary", "4.0"},
      {"Gynaecological - obstetric", "0.67"},
      {"Headache - migraine - neurological", "1.31"},
      {"Infectious diseases", "0.1"},
      {"Operation / Post Op", "15.15"},
      {"Stomach - bowel - gastric – intestinal", "9.61"},
      {"Stress - depression - anxiety - psychological (non-work related)", "14.36"},
      {"Stress - depression - anxiety - psychological (work related)", "8.21"}
    };
    return java.util.Arrays.stream(printed)
        .map(r -> new AbsenceReasonShare(r[0], n(r[1])))
        .toList();
  }
}
