package org.councilperformance.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.councilperformance.application.report.FigureFormats.Kind;
import org.councilperformance.domain.indicator.IndicatorUnit;
import org.councilperformance.domain.period.PeriodCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFormatsTest {
  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @ParameterizedTest(name = "{1} {0} prints {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "309000 | FIGURE | 309,000",
        "50.08 | FIGURE | 50.08",
        "56.00 | FIGURE | 56",
        "10.9 | FIGURE | 10.9",
        "17.555 | FIGURE | 17.56",
        "2.31 | RATE | 2.31",
        "4.7 | RATE | 4.70",
        "8 | RATE | 8.00",
        "494958 | MONEY | £494,958",
        "494958.00 | MONEY | £494,958",
        "2.35 | MONEY | £2.35",
        "2.5 | MONEY | £2.50"
      })
  void eachKindHasOneFormat(String figure, Kind kind, String printed) {
    assertThat(FigureFormats.text(n(figure), kind)).isEqualTo(printed);
  }

  @Test
  void aChangeFallingIsInBracketsInEveryKind() {
    assertThat(FigureFormats.signedText(n("-248000"), Kind.FIGURE)).isEqualTo("(248,000)");
    assertThat(FigureFormats.signedText(n("-0.1"), Kind.RATE)).isEqualTo("(0.10)");
    assertThat(FigureFormats.signedText(n("-13000"), Kind.MONEY)).isEqualTo("(£13,000)");
    assertThat(FigureFormats.signedText(n("22000"), Kind.MONEY)).isEqualTo("£22,000");
    assertThat(FigureFormats.text(null, Kind.FIGURE)).isEmpty();
  }

  @Test
  void moneyShowsPenceForTheWholeRowWhenAnyOfItsFiguresHasPence() {
    assertThat(FigureFormats.pattern(Kind.MONEY, n("12"), n("2.35"), null)).isEqualTo("£#,##0.00");
    assertThat(FigureFormats.pattern(Kind.MONEY, n("12.00"), null)).isEqualTo("£#,##0");
    assertThat(FigureFormats.pattern(Kind.MONEY)).isEqualTo("£#,##0");
  }

  @Test
  void anIndicatorsFiguresAreMoneyOnlyInPounds() {
    assertThat(FigureFormats.of(IndicatorUnit.CURRENCY_GBP)).isEqualTo(Kind.MONEY);
    assertThat(FigureFormats.of(IndicatorUnit.PERCENT)).isEqualTo(Kind.FIGURE);
    assertThat(FigureFormats.of(IndicatorUnit.DAYS)).isEqualTo(Kind.FIGURE);
    assertThat(FigureFormats.of(IndicatorUnit.COUNT)).isEqualTo(Kind.FIGURE);
  }

  @Test
  void aPeriodIsPrintedByItsNameNeverItsCode() {
    assertThat(FigureFormats.label(PeriodCode.parse("2018-19-Q1", "p")))
        .isEqualTo("2018/19 Quarter 1");
    assertThat(FigureFormats.label(PeriodCode.parse("2017-18", "p"))).isEqualTo("2017/18");
    assertThat(
            FigureFormats.periodsAsLabels(
                "2018-19-Q2 council days: the sum of the quarters, 2018-19-Q1 to 2018-19-Q2; 2016-17"))
        .isEqualTo(
            "2018/19 Quarter 2 council days: the sum of the quarters, 2018/19 Quarter 1 to 2018/19"
                + " Quarter 2; 2016/17");
  }

  @Test
  void whatOnlyLooksLikeAPeriodCodeIsLeftAsItIs() {
    assertThat(FigureFormats.periodsAsLabels("met on 2018-11-05; over 2018-2021; 2018-11"))
        .isEqualTo("met on 2018-11-05; over 2018-2021; 2018-11");
    assertThat(FigureFormats.periodsAsLabels("no codes")).isEqualTo("no codes");
    assertThat(FigureFormats.periodsAsLabels(null)).isNull();
  }
}
