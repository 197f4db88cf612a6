package org.councilperformance.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.councilperformance.interfaces.rest.absence.AbsenceResource;
import org.councilperformance.interfaces.rest.access.AccessFilter;
import org.councilperformance.interfaces.rest.access.SessionResource;
import org.councilperformance.interfaces.rest.access.SingleSignOnResource;
import org.councilperformance.interfaces.rest.access.TokenResource;
import org.councilperformance.interfaces.rest.access.UserResource;
import org.councilperformance.interfaces.rest.action.ActionResource;
import org.councilperformance.interfaces.rest.committee.AlertResource;
import org.councilperformance.interfaces.rest.committee.CalendarResource;
import org.councilperformance.interfaces.rest.committee.CommitteeResource;
import org.councilperformance.interfaces.rest.committee.DeliveryResource;
import org.councilperformance.interfaces.rest.committee.MeetingResource;
import org.councilperformance.interfaces.rest.committee.PackResource;
import org.councilperformance.interfaces.rest.contact.ContactCentreResource;
import org.councilperformance.interfaces.rest.finance.FinanceResource;
import org.councilperformance.interfaces.rest.imports.ImportResource;
import org.councilperformance.interfaces.rest.indicator.IndicatorResource;
import org.councilperformance.interfaces.rest.indicator.TrendResource;
import org.councilperformance.interfaces.rest.intervention.ExceptionResource;
import org.councilperformance.interfaces.rest.intervention.InterventionPlanResource;
import org.councilperformance.interfaces.rest.library.LibraryResource;
import org.councilperformance.interfaces.rest.organisation.BusinessUnitResource;
import org.councilperformance.interfaces.rest.organisation.DirectorateResource;
import org.councilperformance.interfaces.rest.period.BasketResource;
import org.councilperformance.interfaces.rest.period.PeriodResource;
import org.councilperformance.interfaces.rest.plan.PlanResource;
import org.councilperformance.interfaces.rest.plan.PriorityResource;
import org.councilperformance.interfaces.rest.problem.BusinessExceptionMapper;
import org.councilperformance.interfaces.rest.problem.ConstraintViolationMapper;
import org.councilperformance.interfaces.rest.problem.UnexpectedExceptionMapper;
import org.councilperformance.interfaces.rest.problem.WebApplicationExceptionMapper;
import org.councilperformance.interfaces.rest.quality.DataQualityResource;
import org.councilperformance.interfaces.rest.reminder.ReminderResource;
import org.councilperformance.interfaces.rest.report.FrontSheetResource;
import org.councilperformance.interfaces.rest.report.NarrativeResource;
import org.councilperformance.interfaces.rest.report.ReportResource;
import org.councilperformance.interfaces.rest.risk.RiskResource;
import org.councilperformance.interfaces.rest.summary.SummaryResource;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Council Performance API",
            version = "0.1",
            description =
                "Corporate performance management for UK local councils: plans, priorities,"
                    + " indicators, targets, actuals and red/amber/green status. Errors are"
                    + " application/problem+json naming the field at fault.",
            license = @License(name = "Apache-2.0")))
public class ApiApplication extends Application {
  /**
   * Every resource of the API, listed because the WAR holds a second JAX-RS application, the portal
   * ({@code interfaces/portal/PortalApplication}), whose classes must not answer under /api; {@code
   * ApplicationClassesTest} fails when one is missing.
   */
  public static final List<Class<?>> RESOURCES =
      List.of(
          AbsenceResource.class,
          ActionResource.class,
          AlertResource.class,
          BasketResource.class,
          BusinessUnitResource.class,
          CalendarResource.class,
          CommitteeResource.class,
          ContactCentreResource.class,
          DataQualityResource.class,
          DeliveryResource.class,
          DirectorateResource.class,
          ExceptionResource.class,
          FinanceResource.class,
          FrontSheetResource.class,
          ImportResource.class,
          IndicatorResource.class,
          InterventionPlanResource.class,
          LibraryResource.class,
          MeetingResource.class,
          NarrativeResource.class,
          PackResource.class,
          PeriodResource.class,
          PlanResource.class,
          PriorityResource.class,
          ReminderResource.class,
          ReportResource.class,
          RiskResource.class,
          SessionResource.class,
          SingleSignOnResource.class,
          SummaryResource.class,
          TokenResource.class,
          TrendResource.class,
          UserResource.class);

  /**
   * Every provider of the API: the access check, body reading (a body's type ignored where there is
   * no body) and problem+json answers.
   */
  public static final List<Class<?>> PROVIDERS =
      List.of(
          AccessFilter.class,
          BodilessRequestFilter.class,
          DomainValueConverters.class,
          EntityTagFilter.class,
          JsonbConfiguration.class,
          RequestBodyReader.class,
          BusinessExceptionMapper.class,
          ConstraintViolationMapper.class,
          UnexpectedExceptionMapper.class,
          WebApplicationExceptionMapper.class);

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(RESOURCES);
    classes.addAll(PROVIDERS);
    return classes;
  }
}
