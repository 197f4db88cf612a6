package org.councilperformance.interfaces.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.councilperformance.interfaces.portal.access.PeoplePage;
import org.councilperformance.interfaces.portal.action.ActionUpdatePage;
import org.councilperformance.interfaces.portal.committee.CalendarPage;
import org.councilperformance.interfaces.portal.committee.CommitteesPage;
import org.councilperformance.interfaces.portal.committee.MailSentPage;
import org.councilperformance.interfaces.portal.committee.MeetingPage;
import org.councilperformance.interfaces.portal.committee.MembersPage;
import org.councilperformance.interfaces.portal.figure.FigurePage;
import org.councilperformance.interfaces.portal.intervention.InterventionPlanPage;
import org.councilperformance.interfaces.portal.library.LibrariesPage;
import org.councilperformance.interfaces.portal.pack.FrontSheetPage;
import org.councilperformance.interfaces.portal.pack.NarrativePage;
import org.councilperformance.interfaces.portal.quarter.YourQuarterPage;
import org.councilperformance.interfaces.portal.reading.IndicatorReadingPage;
import org.councilperformance.interfaces.portal.reading.OverviewLink;
import org.councilperformance.interfaces.portal.reading.PackJobPage;
import org.councilperformance.interfaces.portal.reading.PackPage;
import org.councilperformance.interfaces.portal.reading.ReadingPages;
import org.councilperformance.interfaces.portal.reading.RiskRegisterPage;
import org.councilperformance.interfaces.portal.reminder.RemindersPage;
import org.councilperformance.interfaces.portal.signin.SignInPage;
import org.councilperformance.interfaces.portal.upload.UploadPage;
import org.councilperformance.interfaces.portal.workflow.ApprovalsPage;
import org.councilperformance.interfaces.portal.workflow.PeriodsPage;
import org.councilperformance.interfaces.portal.workflow.SubmitPage;
import org.councilperformance.interfaces.rest.DomainValueConverters;

/**
 * The web portal (docs/portal.md): HTML pages for heads of service, directors and the performance
 * team, on the same application services as the JSON API. Its own JAX-RS application, so the API's
 * filters and problem+json mappers do not apply to pages, and its classes answer only here.
 */
@ApplicationPath("/portal")
public class PortalApplication extends Application {
  /**
   * Every page resource of the portal; {@code ApplicationClassesTest} fails when one is missing.
   */
  public static final List<Class<?>> RESOURCES =
      List.of(
          AssetsResource.class,
          SignInPage.class,
          YourQuarterPage.class,
          ActionUpdatePage.class,
          InterventionPlanPage.class,
          FigurePage.class,
          SubmitPage.class,
          ApprovalsPage.class,
          PeriodsPage.class,
          UploadPage.class,
          CommitteesPage.class,
          LibrariesPage.class,
          MembersPage.class,
          CalendarPage.class,
          MeetingPage.class,
          MailSentPage.class,
          RemindersPage.class,
          PeoplePage.class,
          // The reading side (docs/portal.md#reading).
          OverviewLink.class,
          ReadingPages.class,
          IndicatorReadingPage.class,
          RiskRegisterPage.class,
          // The committee pack (docs/portal.md#the-committee-pack).
          PackPage.class,
          FrontSheetPage.class,
          NarrativePage.class,
          PackJobPage.class);

  /** The portal's providers: who is signed in and CSRF, and errors as pages. */
  public static final List<Class<?>> PROVIDERS =
      List.of(
          PortalFilter.class,
          PortalErrors.class,
          DomainValueConverters.class,
          FormRefused.Mapper.class);

  @Override
  public Set<Class<?>> getClasses() {
    return Set.copyOf(Stream.concat(RESOURCES.stream(), PROVIDERS.stream()).toList());
  }
}
