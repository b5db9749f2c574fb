package org.needlesafe.clearance;

import java.time.LocalDate;

/**
 * A documented decision by a named role about one knowledge-base item, e.g. the prescriber approved treatment
 * despite an anticoagulant. A clearable finding for that item drops to {@code PROCEED_WITH_PRECAUTIONS} while the
 * clearance is within the configured window; the finding stays in the output, marked cleared.
 *
 * @param kb   the knowledge-base item, e.g. {@code C-08}; required
 * @param by   the role that decided; required
 * @param date when; required, not after the assessment date
 */
public record Clearance(String kb, ClearingRole by, LocalDate date) {
}
