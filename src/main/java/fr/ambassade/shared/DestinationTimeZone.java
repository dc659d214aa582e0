package fr.ambassade.shared;

import java.time.ZoneId;

/**
 * The destination's time zone (a destination setting, Europe/Paris by default). Implemented by the
 * settings module; instants are stored in UTC ({@code timestamptz}) and shown in this zone.
 */
@FunctionalInterface
public interface DestinationTimeZone {

    ZoneId DEFAULT = ZoneId.of("Europe/Paris");

    ZoneId zoneId();
}
