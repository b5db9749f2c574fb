/** Scope of practice as data: jurisdiction profiles, built in or added from files. */
package org.needlesafe.jurisdiction;
