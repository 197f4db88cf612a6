package org.councilperformance.interfaces.portal.reading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.councilperformance.application.Caller;
import org.councilperformance.application.Lookup;
import org.councilperformance.application.report.PrintedPack;
import org.councilperformance.application.report.QuarterlyPack;

/**
 * A background pack's own transaction: the job is an entry point, as a request is, so it begins one
 * here (docs/design.md#transactions), as the person who asked for it.
 */
@ApplicationScoped
public class PackPrinting {
  private final QuarterlyPack pack;
  private final Lookup lookup;

  @Inject
  public PackPrinting(QuarterlyPack pack, Lookup lookup) {
    this.pack = pack;
    this.lookup = lookup;
  }

  /** For CDI's client proxy only. */
  protected PackPrinting() {
    this(null, null);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public PrintedPack print(Caller caller, PackRequest request) {
    return caller.run(
        () ->
            pack.print(
                request.period(),
                lookup.scope(request.priority(), request.businessUnit()),
                request.sections(),
                request.format()));
  }
}
