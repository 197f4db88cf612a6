package org.councilperformance.it;

import static org.councilperformance.it.Api.APPROVER;
import static org.councilperformance.it.Api.EDITOR;
import static org.councilperformance.it.Api.VIEWER;
import static org.councilperformance.it.Api.anonymous;
import static org.councilperformance.it.Api.as;
import static org.councilperformance.it.Api.problem;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every changing endpoint against every caller who may not use it: anonymous gets 401, a signed-in
 * role without the right gets 403 — before the body or the codes in the path are even looked at.
 * (What each role may do is tested where the feature is: IndicatorIT, AccessIT, WorkflowIT,
 * UserIT.)
 */
class AccessMatrixIT {
  private static final String Q = "2018-19-Q2";

  /** method, path — every write of the API but one's own session and tokens. */
  private static final List<String[]> WRITES =
      List.of(
          new String[] {"POST", "/plans"},
          new String[] {"PUT", "/plans/1"},
          new String[] {"POST", "/priorities"},
          new String[] {"PUT", "/priorities/VFM"},
          new String[] {"POST", "/directorates"},
          new String[] {"PUT", "/directorates/CEX"},
          new String[] {"POST", "/business-units"},
          new String[] {"PUT", "/business-units/HOUSING"},
          new String[] {"POST", "/periods"},
          new String[] {"PUT", "/periods/" + Q},
          new String[] {"POST", "/periods/" + Q + "/lock"},
          new String[] {"POST", "/periods/" + Q + "/publish"},
          new String[] {"POST", "/periods/" + Q + "/reopen"},
          new String[] {"POST", "/periods/" + Q + "/submissions/HOUSING"},
          new String[] {"POST", "/periods/" + Q + "/submissions/HOUSING/approval"},
          new String[] {"POST", "/periods/" + Q + "/submissions/HOUSING/return"},
          new String[] {"POST", "/indicators"},
          new String[] {"PUT", "/indicators/HC-PI-01"},
          new String[] {"PUT", "/indicators/HC-PI-01/targets/" + Q},
          new String[] {"PUT", "/indicators/HC-PI-01/measurements/" + Q},
          new String[] {"PUT", "/indicators/HC-PI-01/measurements/" + Q + "/status-override"},
          new String[] {"DELETE", "/indicators/HC-PI-01/measurements/" + Q + "/status-override"},
          new String[] {"POST", "/actions"},
          new String[] {"PUT", "/actions/VFM-A-01"},
          new String[] {"PUT", "/actions/VFM-A-01/updates/" + Q},
          new String[] {"POST", "/intervention-plans"},
          new String[] {"PUT", "/intervention-plans/IP-C"},
          new String[] {"POST", "/intervention-plans/IP-C/closure"},
          new String[] {"POST", "/risks"},
          new String[] {"PUT", "/risks/CR-01"},
          new String[] {"POST", "/risks/CR-01/reviews"},
          new String[] {"PUT", "/finance/" + Q + "/revenue/GF"},
          new String[] {"PUT", "/finance/" + Q + "/capital/GF"},
          new String[] {"PUT", "/finance/" + Q + "/savings"},
          new String[] {"PUT", "/absence/" + Q + "/units/HOUSING"},
          new String[] {"PUT", "/absence/" + Q + "/council"},
          new String[] {"PUT", "/absence/" + Q + "/reasons"},
          new String[] {"PUT", "/absence/targets/2018-19"},
          new String[] {"PUT", "/contact-centre/months/2018-07"},
          new String[] {"PUT", "/contact-centre/supplied-totals/" + Q},
          new String[] {"PUT", "/reports/front-sheets/" + Q},
          new String[] {"PUT", "/reports/narratives/" + Q + "/priorities/VFM"},
          new String[] {"PUT", "/reports/narratives/" + Q + "/appendices/finance"},
          new String[] {"POST", "/users"},
          new String[] {"PUT", "/users/member"});

  /** Which role may pass the request-level check for which write (its unit is checked later). */
  private static boolean mayTry(String role, String method, String path) {
    boolean figures =
        method.equals("PUT")
            && path.matches("/(indicators|actions)/.*/(targets|measurements|updates)/[^/]+");
    boolean submit = path.endsWith("/submissions/HOUSING");
    boolean decide = path.matches(".*/submissions/HOUSING/(approval|return)");
    boolean plan = path.startsWith("/intervention-plans");
    return (role.equals(EDITOR) && (figures || submit || plan))
        || (role.equals(APPROVER) && decide);
  }

  static Stream<Arguments> deniedCalls() {
    return Stream.of(VIEWER, EDITOR, APPROVER)
        .flatMap(
            role ->
                WRITES.stream()
                    .filter(w -> !mayTry(role, w[0], w[1]))
                    .map(w -> Arguments.of(role, w[0], w[1])));
  }

  static Stream<Arguments> writes() {
    return WRITES.stream().map(w -> Arguments.of(w[0], w[1]));
  }

  private static RequestSpecification withBody(RequestSpecification request) {
    return request.contentType(ContentType.JSON).body("{\"reason\": \"x\", \"value\": 1}");
  }

  @ParameterizedTest(name = "{0} {1} {2} -> 403")
  @MethodSource("deniedCalls")
  void rolesWithoutTheRightAreRefused(String role, String method, String path) {
    problem(withBody(as(role)).request(method, path).then(), 403, null);
  }

  @ParameterizedTest(name = "anonymous {0} {1} -> 401")
  @MethodSource("writes")
  void anonymousWritesAreRefused(String method, String path) {
    problem(withBody(anonymous()).request(method, path).then(), 401, null);
  }
}
