package org.councilperformance.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegibleTextTest {
  @Test
  void aTextMarkedGarbledIsLeftOutWholeWhereverItsMarkerIs() {
    assertThat(LegibleText.of("[garbled] to funde ... lational Lott. It is in n again.")).isNull();
    assertThat(LegibleText.of("To deliver programmes ar residents [title garbled in extraction]"))
        .isNull();
    assertThat(LegibleText.of("Sound start. [garbled] then noise")).isNull();
  }

  @Test
  void aTextThatIsOnlyDamageSaysNotPublishedWhereATextIsRequired() {
    assertThat(LegibleText.of("...")).isNull();
    assertThat(LegibleText.of(" ... gh the wo ... ork reflects ... ")).isNull();
    assertThat(LegibleText.of("[word missing in extraction]")).isNull();
    assertThat(LegibleText.orNotPublished("[garbled] x ... y")).isEqualTo("Not published");
    assertThat(LegibleText.orNotPublished(null)).isEqualTo("Not published");
    assertThat(LegibleText.orNotPublished("Sound.")).isEqualTo("Sound.");
  }

  @Test
  void aPartlyGarbledTextKeepsOnlyItsWholeSentences() {
    assertThat(
            LegibleText.of(
                "[partly garbled] ... gh the wo ork reflects value. The project was due to start"
                    + " in October. However, the cost was unexpected[ly high] ... of the scheme"
                    + " ... The 24 rep[lacement] free spaces ... will also con[tinue]."))
        .isEqualTo("The project was due to start in October.");
  }

  @Test
  void theWordsEitherSideOfAGapAreCutOffAndLeftOut() {
    assertThat(LegibleText.of("Work began. It cost ... more than planned. Next steps agreed."))
        .isEqualTo("Work began. Next steps agreed.");
    assertThat(LegibleText.of("Work began… more than planned. Next steps agreed."))
        .isEqualTo("Next steps agreed.");
    // A sentence either side of a gap that starts and ends as a sentence does is whole.
    assertThat(LegibleText.of("Work began. ... Next steps agreed. ... £5k was saved."))
        .isEqualTo("Work began. Next steps agreed. £5k was saved.");
  }

  @Test
  void aSentenceWithAWordMissingIsLeftOutWithItsMarkerAtStartMiddleOrEnd() {
    assertThat(
            LegibleText.of(
                "Establish public spaces, including Square. [word missing in extraction;"
                    + " Marlborough Square per context]"))
        .isNull();
    assertThat(
            LegibleText.of(
                "Events were held. Including [word missing in extraction] Square. More follow."))
        .isEqualTo("Events were held. More follow.");
    assertThat(LegibleText.of("[word missing in extraction] the square. More follow."))
        .isEqualTo("More follow.");
  }

  @Test
  void partsJoinedByTheExtractionAreCleanedOneByOneOnLinesOfTheirOwn() {
    assertThat(LegibleText.of("[garbled] x ... y | Work continues on events. | Bids are in"))
        .isEqualTo("Work continues on events.\nBids are in");
  }

  @Test
  void soundTextIsKeptAsItIs() {
    assertThat(LegibleText.of("Events held [2 of 3] on time."))
        .isEqualTo("Events held [2 of 3] on time.");
    assertThat(LegibleText.of("Notably the Coalville Colour Run 2018"))
        .isEqualTo("Notably the Coalville Colour Run 2018");
    assertThat(LegibleText.of("Savings of £55k (see para 3.4). Income fell by 2.5%."))
        .isEqualTo("Savings of £55k (see para 3.4). Income fell by 2.5%.");
    assertThat(LegibleText.of("First paragraph.\nSecond one.  Third."))
        .isEqualTo("First paragraph.\nSecond one.  Third.");
    assertThat(LegibleText.of(null)).isNull();
  }
}
