/** Documented clearances by a prescriber, physician or dermatologist, and how they lower clearable findings. */
package org.needlesafe.clearance;
