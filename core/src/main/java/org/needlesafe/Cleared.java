package org.needlesafe;

import java.time.LocalDate;
import org.needlesafe.clearance.ClearingRole;

/**
 * The clearance applied to a finding and the decision it replaced.
 *
 * @param by        who cleared it
 * @param date      when
 * @param uncleared the finding's decision without the clearance
 */
public record Cleared(ClearingRole by, LocalDate date, Decision uncleared) {
}
