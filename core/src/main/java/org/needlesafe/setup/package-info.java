/** The sterile set-up: setting, needles, packaging, barrier sleeve, antisepsis, gloves, sharps, blood handling. */
package org.needlesafe.setup;
