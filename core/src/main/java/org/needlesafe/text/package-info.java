/** The words a clinician reads for the contract's codes, for reports, cards and findings. */
package org.needlesafe.text;
