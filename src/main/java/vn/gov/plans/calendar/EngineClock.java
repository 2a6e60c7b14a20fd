package vn.gov.plans.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The process engine's clock ({@link ClockUtil}) as a {@link Clock} in Vietnam's zone, so that
 * "today" in a deadline expression is the engine's today, also when a test moves the engine clock.
 */
public final class EngineClock extends Clock {

  public static final EngineClock INSTANCE = new EngineClock(LunarDates.ZONE);

  private final ZoneId zone;

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
