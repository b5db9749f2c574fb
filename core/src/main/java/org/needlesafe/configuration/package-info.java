/** The clinic's configurable thresholds and timing windows, with the knowledge base's defaults. */
package org.needlesafe.configuration;
